/**
 * npm run bench: contest-scale figures (10,000 entries). Not a test: it prints numbers
 * against the targets so they can be quoted and compared between versions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContestFile } from '../shared/contest/file';
import { ContestWorkspace } from '../electron/services/contestWorkspace';
import { commitImport, previewImport } from '../electron/services/entryImport';
import { canRunBrowser, skipReason, startHarness } from '../test/e2e/harness';
import { entriesCsv } from './generate';
import thanksChallenge from '../test/fixtures/thanks-challenge/contest.json';
import { scoringScreenBench } from './scoringScreen';
import { scoringBench } from './scoring';
import { mergeBench } from './merge';
import { protocolBench } from './protocol';
import { resultsBench } from './results';
import { installNativeCrypto } from '../electron/services/nativeCrypto';

// As in the app: the main process signs and checks with Node's native crypto.
installNativeCrypto();

const ENTRIES = 10_000;
const definition = (() => {
  const r = parseContestFile(JSON.stringify(thanksChallenge));
  if (!r.ok) throw new Error('fixture contest.json is invalid');
  return r.value;
})();
const ctx = { now: () => new Date(), newId: () => Math.random().toString(36).slice(2), actor: () => 'bench' };

const report = (name: string, ms: number, target: number) => {
  console.log(`${ms <= target ? 'ok  ' : 'SLOW'} ${name}: ${ms.toFixed(1)} ms (target < ${target} ms)`);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function importBench(): Promise<void> {
  const bytes = new TextEncoder().encode(entriesCsv(ENTRIES));
  const times: number[] = [];
  const previews: number[] = [];
  for (let run = 0; run < 5; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'jury-bench-'));
    const ws = ContestWorkspace.create(join(dir, 'bench.jury'), definition, ctx);
    let t0 = performance.now();
    await previewImport(ws, { token: 't', fileName: 'entries.csv', bytes });
    previews.push(performance.now() - t0);
    t0 = performance.now();
    const r = await commitImport(ws, { fileName: 'entries.csv', bytes });
    times.push(performance.now() - t0);
    if (r.added !== ENTRIES) throw new Error(`imported ${r.added}`);
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report(`import preview of a ${ENTRIES}-row CSV (median of 5)`, median(previews), 1000);
  report(`import of a ${ENTRIES}-row CSV into the contest file (median of 5)`, median(times), 1000);
}

async function registryBench(): Promise<void> {
  if (!canRunBrowser) {
    console.log(`skip registry render: ${skipReason}`);
    return;
  }
  const h = await startHarness();
  try {
    const ws = h.services.library.create(definition);
    await commitImport(ws, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(ENTRIES)) });
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    await page.getByRole('heading', { name: 'Байқаулар', level: 1 }).waitFor();
    const ipc = await page.evaluate(async (contestId) => {
      const t0 = performance.now();
      await window.jury.invoke('entries:list', { contestId });
      return performance.now() - t0;
    }, ws.contestId);
    const renders: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.getByRole('button', { name: /Барлығына рақмет/ }).first().waitFor();
      // Mark and click in the page itself so Playwright's own latency is not counted.
      await page.evaluate(() => {
        const w = window as unknown as { __t0?: number };
        const button = [...document.querySelectorAll<HTMLButtonElement>('.contest-open')][0];
        w.__t0 = performance.now();
        button.click();
      });
      await page.getByText(`${ENTRIES} / ${ENTRIES} жұмыс`).waitFor();
      await page.locator('.rt-row[aria-rowindex="2"]').waitFor();
      const [total, render] = await page.evaluate(
        () =>
          new Promise<[number, number]>((resolve) =>
            requestAnimationFrame(() => {
              const now = performance.now();
              const marks = performance.getEntriesByName('jury:registry-data');
              const data = marks[marks.length - 1]?.startTime ?? now;
              resolve([now - (window as unknown as { __t0: number }).__t0, now - data]);
            }),
          ),
      );
      renders.push(render);
      totals.push(total);
      await page.getByRole('button', { name: 'Байқаулар', exact: true }).click();
    }
    report('registry first render, 10,000 entries: data in the renderer → rows painted (median of 5)', median(renders), 200);
    console.log(`     click → rows painted including entries:list over the test bridge: ${median(totals).toFixed(1)} ms`);
    console.log(`     entries:list alone over the test bridge (first call, cold cache): ${ipc.toFixed(1)} ms`);
  } finally {
    await h.close();
  }
}

const SUITES: Record<string, () => Promise<void>> = {
  import: importBench,
  registry: registryBench,
  scoring: () => scoringBench(report),
  scoringScreen: () => scoringScreenBench(report),
  merge: () => mergeBench(report),
  protocol: () => protocolBench(report),
  results: () => resultsBench(report),
};

/**
 * Each suite runs in a process of its own: a suite's leftovers (a heap grown by 1.5 million
 * merged scores, a collector still sweeping them) must not be timed as the next one's work, as
 * they would never be in the app, where a merge and a protocol export are minutes apart.
 */
async function main(): Promise<void> {
  const suite = process.argv[process.argv.indexOf('--suite') + 1];
  if (process.argv.includes('--suite')) {
    await SUITES[suite]();
    return;
  }
  let slow = 0;
  for (const name of Object.keys(SUITES)) {
    const child = spawnSync(process.execPath, [process.argv[1], '--suite', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    process.stdout.write(child.stdout);
    slow += child.stdout.split('\n').filter((line) => line.startsWith('SLOW')).length;
    if (child.status !== 0) throw new Error(`benchmark suite ${name} failed (exit ${child.status})`);
  }
  console.log(slow ? `${slow} benchmark(s) over target` : 'all benchmarks within target');
}

void main();
