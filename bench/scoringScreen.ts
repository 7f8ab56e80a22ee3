/**
 * The scoring screen at contest scale in Chromium (real renderer, real handlers): 10,000 entries,
 * 10 criteria. First render from the data arriving to the rows and inputs painted, and the move
 * to the next entry (ArrowDown in a score input) until the new entry is in the page.
 */
import { join } from 'node:path';
import { parseContestFile } from '../shared/contest/file';
import { commitImport } from '../electron/services/entryImport';
import { exportPackage } from '../electron/services/packageExport';
import { canRunBrowser, skipReason, startHarness } from '../test/e2e/harness';
import { entriesCsv } from './generate';
import bestWork from '../test/fixtures/best-work/contest.json';

type Report = (name: string, ms: number, target: number) => void;
const ENTRIES = 10_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.99)];

export async function scoringScreenBench(report: Report): Promise<void> {
  if (!canRunBrowser) {
    console.log(`skip scoring screen: ${skipReason}`);
    return;
  }
  const parsed = parseContestFile(JSON.stringify(bestWork));
  if (!parsed.ok) throw new Error('fixture');
  const h = await startHarness();
  try {
    const ws = h.services.library.create(parsed.value);
    await commitImport(ws, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES, ['social', 'innovative'])) });
    const pkg = join(h.dataDir, 'bench.jurypkg');
    exportPackage(ws, { jurorId: 'j1', includeMedia: false }, pkg);
    const workspace = h.services.desk.openPackage(pkg);
    h.services.desk.keys.create();
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    const renders: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.locator('.juror-home .contest-open').first().waitFor();
      await page.evaluate(() => {
        (window as unknown as { __t0: number }).__t0 = performance.now();
        document.querySelector<HTMLButtonElement>('.juror-home .contest-open')!.click();
      });
      await page.locator('.entry-row').first().waitFor();
      await page.locator('.score-input').first().waitFor();
      const [total, render] = await page.evaluate(
        () =>
          new Promise<[number, number]>((resolve) =>
            requestAnimationFrame(() => {
              const now = performance.now();
              const marks = performance.getEntriesByName('jury:scoring-data');
              resolve([now - (window as unknown as { __t0: number }).__t0, now - (marks[marks.length - 1]?.startTime ?? now)]);
            }),
          ),
      );
      renders.push(render);
      totals.push(total);
      if (run < 4) await page.getByRole('button', { name: 'Байқаулар', exact: true }).click();
    }
    report(`scoring screen first render, ${ENTRIES} entries × 10 criteria: data in the renderer → painted (median of 5)`, median(renders), 200);
    console.log(`     click → painted including scores:state over the test bridge: ${median(totals).toFixed(1)} ms`);

    // Next entry: ArrowDown in a score input, timed inside the page until the next entry's
    // heading is in the DOM, and until the frame after it.
    await page.locator('.score-input').first().focus();
    const moves = await page.evaluate(async (count) => {
      const dom: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < count; i++) {
        const input = document.activeElement as HTMLInputElement;
        const before = document.querySelector('.entry-scoring h2')?.textContent;
        const t0 = performance.now();
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
        while (document.querySelector('.entry-scoring h2')?.textContent === before) await Promise.resolve();
        dom.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(r));
        frame.push(performance.now() - t0);
      }
      return { dom, frame };
    }, 60);
    report('next entry (ArrowDown) → new entry in the page (median of 60)', median(moves.dom), 16);
    console.log(`     p99 ${p99(moves.dom).toFixed(1)} ms; to the next animation frame: median ${median(moves.frame).toFixed(1)} ms`);
    void workspace;
  } finally {
    await h.close();
  }
}
