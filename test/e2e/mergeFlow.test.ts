import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/services/entryImport';
import { contestCompleteness } from '../../electron/services/completeness';
import type { ContestWorkspace } from '../../electron/services/contestWorkspace';
import { parseContestFile } from '../../shared/contest/file';
import { definitionSha256 } from '../../shared/package/packageFile';
import type { KeyPair } from '../../shared/crypto/signing';
import { contestScaleDefinition } from '../../bench/results';
import { entriesCsv } from '../../bench/generate';
import { paperScores, randomKeys, recordPackagesIssued } from '../electron/helpers';
import { signedFile, type Organiser } from '../electron/services/mergeFixture';
import { canRunBrowser, skipReason, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'thanks-challenge');
const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

if (!canRunBrowser) console.warn(`Skipping browser tests: ${skipReason}`);

describe.skipIf(!canRunBrowser)('merging juror files and paper sheets in Chromium (real renderer, real handlers)', () => {
  let h: Harness;
  let ws: ContestWorkspace;
  const files = new Map<string, Uint8Array>();
  const usb = () => join(h.dataDir, 'USB', 'JURY');
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    const def = parseContestFile(readFileSync(join(FIXTURES, 'contest.json'), 'utf8'));
    if (!def.ok) throw new Error('fixture');
    ws = h.services.library.create(def.value);
    await commitImport(ws, { fileName: 'entries-google-form.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'entries-google-form.csv'))) });

    // The jurors' signed files, made by the real writer as each juror's window makes them:
    // 40 entries each from the fixture's sheet; j4 later signs a revision with a new key.
    const keys = new Map<string, KeyPair>();
    recordPackagesIssued(ws, ['j1', 'j2', 'j3', 'j4', 'j5'], 'a'.repeat(64));
    const o = {
      ws,
      def: ws.definition(),
      contest: { uid: ws.uid, definitionSha256: definitionSha256(ws.definition()) },
      entries: ws.entries().filter((e) => e.eligible && e.nomination).map((e) => ({ id: e.id, nomination: e.nomination })),
      keyOf: (juror: string) => keys.get(juror) ?? (keys.set(juror, randomKeys()), keys.get(juror)!),
    } as unknown as Organiser;
    for (const juror of ['j1', 'j2', 'j3', 'j4']) files.set(juror, signedFile(o, { juror }));
    files.set('j4-new', signedFile(o, { juror: 'j4', revision: 2, previous: files.get('j4'), keys: randomKeys() }));
    // A USB stick's folder: j3's file, j1's again, and the shadow copy a Mac leaves.
    mkdirSync(usb(), { recursive: true });
    writeFileSync(join(usb(), 'Мамбетова — 1.juryscores'), files.get('j3')!);
    writeFileSync(join(usb(), 'Оспанова — 1.juryscores'), files.get('j1')!);
    writeFileSync(join(usb(), '._Мамбетова — 1.juryscores'), new Uint8Array([0, 5, 22, 7]));
  });
  afterAll(async () => h?.close());

  /** Drops files on the drop zone as the window gets them from the desktop: a DataTransfer of File objects. */
  const drop = (list: { name: string; bytes: Uint8Array }[]) =>
    h.page.evaluate(
      async (given) => {
        const dt = new DataTransfer();
        for (const f of given) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
        const zone = document.querySelector('[data-testid="drop-zone"]')!;
        zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      list.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') })),
    );

  it('merges dropped and chosen juror files, accepts a checked second key, shows completeness, takes a typed paper sheet, and ranks', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    await page.getByRole('button', { name: /Алғыс айту күніне арналған/ }).first().click();
    await page.getByRole('button', { name: 'Бағаларды біріктіру', exact: true }).click();
    await page.getByRole('heading', { name: 'Бағаларды біріктіру', level: 1 }).waitFor();
    await page.getByTestId('drop-zone').waitFor();
    await page.screenshot({ path: join(SHOTS, 'merge-empty-kk.png') });

    // Two jurors' files (and j4's first) dropped from the desktop.
    await drop([
      { name: 'Оспанова — 1.juryscores', bytes: files.get('j1')! },
      { name: 'Жұмаділдаева — 1.juryscores', bytes: files.get('j2')! },
      { name: 'Бочарова — 1.juryscores', bytes: files.get('j4')! },
    ]);
    await page.getByText('біріктірілді: 3 · бұрын біріктірілген: 0 · ескі нұсқа: 0 · қабылданбады: 0').waitFor();
    await page.getByText(/Оспанова Нұрсұлу Бекқызы — 1-нұсқа біріктірілді: 240 баға/).waitFor();

    // A USB stick's folder, chosen: j3 is new, j1 is already in, the hidden file is skipped.
    h.dialogs.openQueue.push(usb());
    await page.getByRole('button', { name: 'Қалтаны таңдау…' }).click();
    await page.getByText('біріктірілді: 1 · бұрын біріктірілген: 1 · ескі нұсқа: 0 · қабылданбады: 0').waitFor();
    await page.getByText('бұрын біріктірілген (Оспанова Нұрсұлу Бекқызы, 1-нұсқа): ештеңе өзгерген жоқ').waitFor();

    // j4's next file comes signed with another key: both fingerprints, then an explicit accept.
    await drop([{ name: 'Бочарова — 2.juryscores', bytes: files.get('j4-new')! }]);
    const conflict = page.getByRole('group', { name: /Бочарова Ирина Викторовна: файлға басқа кілтпен қол қойылған/ });
    await conflict.waitFor();
    const known = await conflict.getByTestId('known-fingerprint').textContent();
    const fresh = await conflict.getByTestId('new-fingerprint').textContent();
    expect(known).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(fresh).not.toBe(known);
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'merge-key-kk.png') });
    await expect.poll(() => conflict.getByRole('button', { name: 'Жаңа кілтті қабылдау' }).isDisabled()).toBe(true);
    await conflict.getByRole('checkbox').check();
    await conflict.getByRole('button', { name: 'Жаңа кілтті қабылдау' }).click();
    await page.getByText(`Жаңа кілт қабылданды: ${fresh} (бұрынғысы: ${known})`).waitFor();

    // Each juror's standing: j1–j4 from signed files, j5 nothing yet.
    const row = (id: string) => page.locator(`table.merge-status tr[data-juror="${id}"]`);
    await expect.poll(() => row('j4').textContent()).toContain('2-нұсқа');
    expect(await row('j4').locator('code').getAttribute('title')).toBe(fresh);
    expect(await row('j1').textContent()).toContain('Қол қойылған файл');
    expect(await row('j5').textContent()).toContain('Әлі жоқ');
    await page.screenshot({ path: join(SHOTS, 'merge-kk.png') });
    await row('j5').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'merge-status-kk.png') });

    // The completeness matrix, with the counts the contest file holds.
    const expected = contestCompleteness(ws).nominations[0];
    await page.getByRole('tab', { name: 'Толықтық кестесі' }).click();
    const counts = page.getByTestId('nomination-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain(`Бейнеролик: ${expected.entries.length} жұмыс × 5 қазы.`);
    expect(await counts.textContent()).toContain(`толық: ${expected.counts.scored}`);
    expect(await counts.textContent()).toContain(`бағасы жоқ: ${expected.counts.missing}`);
    expect(await page.getByTestId('unscored-entries').textContent()).toContain(`Ешбір қазы толық бағаламаған жұмыс: ${expected.unscoredEntries}`);
    expect(await page.locator('tr[data-juror="j1"] td').nth(2).textContent()).toBe(String(expected.perJuror[0].scored));
    await page.getByText(/Нәтижені қазір де есептеуге болады/).waitFor();
    await page.locator('.matrix-row[aria-rowindex="2"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'merge-matrix-kk.png') });
    await page.getByRole('button', { name: 'Ешкім толық бағаламаған' }).click();
    expect(await page.getByTestId('matrix-count').textContent()).toBe(`${expected.unscoredEntries} / ${expected.entries.length} жұмыс`);

    // Paper: j5 scored on paper. The secretary imports part of the sheet, then types one entry by keyboard.
    await page.getByRole('button', { name: 'Қағаз парақтағы бағалар…' }).click();
    await page.getByRole('heading', { name: 'Қағаз парақтағы бағалар', level: 1 }).waitFor();
    const sheet = paperScores('j5').split('\r\n').filter(Boolean);
    const typed = sheet[1].split(',')[1]; // the sheet's first entry is left to type by hand
    const sheetPath = join(h.dataDir, 'j5-парақ.csv');
    writeFileSync(sheetPath, [sheet[0], ...sheet.slice(1).filter((r) => r.split(',')[1] !== typed)].join('\r\n') + '\r\n');
    h.dialogs.openQueue.push(sheetPath);
    await page.getByRole('button', { name: 'Кестені таңдау…' }).click();
    await page.getByText('j5-парақ.csv: бағалар енгізілді (қазылар: Мамыраева Бекзат Пірмағамбетқызы)').waitFor();

    await page.getByLabel('Қазы', { exact: true }).selectOption('j5');
    await page.getByTestId('paper-progress').waitFor();
    await page.screenshot({ path: join(SHOTS, 'paper-import-kk.png') });
    await page.getByLabel('№ бойынша өту').focus();
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: new RegExp(`№ ${typed} жұмыс`) }).waitFor();
    const first = page.getByLabel(/^1\. Челлендж тақырыбына/);
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('45');
    await page.keyboard.type('7');
    await page.getByRole('alert').filter({ hasText: '7 қоюға болмайды' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab'); // the fourth criterion is left empty
    await page.keyboard.type('5');
    await page.keyboard.press('Tab'); // so is the last: a score there would move on to the next entry
    await page.keyboard.type('Әсерлі, бірақ дыбысы нашар');
    await page.screenshot({ path: join(SHOTS, 'paper-kk.png') });
    await page.keyboard.press('ArrowUp'); // ↑ from the comment: the previous entry, and this one is saved
    await page.getByTestId('paper-save').filter({ hasText: `№ ${typed}: Сақталды` }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'paper-saved-kk.png') });
    const stored = ws.db.prepare('SELECT criterion_id, value, entered_by FROM scores WHERE juror_id = ? AND entry_id = ? ORDER BY criterion_id').all('j5', typed) as { criterion_id: string; value: string; entered_by: string }[];
    expect(Object.fromEntries(stored.map((s) => [s.criterion_id, s.value]))).toEqual({ relevance: '4', creativity: '5', originality: '3', sound: '5' });
    expect(new Set(stored.map((s) => s.entered_by))).toEqual(new Set(['Әбдікәрімова Әсемгүл']));
    const comment = ws.db.prepare('SELECT text FROM comments WHERE juror_id = ? AND entry_id = ?').get('j5', typed) as { text: string } | undefined;
    expect(comment?.text).toBe('Әсерлі, бірақ дыбысы нашар');

    // The results: a ranked table, preliminary while entries are missing.
    await page.getByRole('button', { name: 'Нәтижелер', exact: true }).click();
    await page.getByRole('heading', { name: 'Нәтижелер', level: 1 }).waitFor();
    await page.locator('.rt-row[aria-rowindex="2"]').waitFor();
    await page.getByText(/Бағалау аяқталмаған/).waitFor();
    expect(await page.locator('.rt-row[aria-rowindex="2"] .c-rank').textContent()).toMatch(/^1/);
    await page.screenshot({ path: join(SHOTS, 'merge-results-kk.png') });
  });

  it('keeps the completeness matrix fast at 10,000 entries × 15 jurors', async () => {
    const { page } = h;
    const def = contestScaleDefinition();
    def.title = { kk: 'Үлкен өнер байқауы', ru: 'Большой конкурс', en: 'Big contest' };
    const main = def.nominations[0];
    if ('criteria' in main) main.criteria = main.criteria.slice(0, 3);
    const big = h.services.library.create(def);
    await commitImport(big, { fileName: 'entries.csv', bytes: new TextEncoder().encode(entriesCsv(10_000)) });
    // Most pairs scored in full, some in part, some not at all, as a merge would leave them.
    const put = big.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, '5', 'now')");
    big.db.transaction(() => {
      for (let j = 1; j <= 15; j++)
        for (let e = 1; e <= 10_000; e++) {
          const k = (e * 7 + j * 13) % 20;
          const criteria = k === 0 ? 0 : k === 1 ? 1 : 3;
          for (let c = 1; c <= criteria; c++) put.run(`j${j}`, String(e), `c${c}`);
        }
    })();
    const expected = contestCompleteness(big).nominations[0];

    await page.goto(`${h.origin}/index.html`);
    await page.getByRole('button', { name: /Үлкен өнер байқауы/ }).first().click();
    await page.getByRole('button', { name: 'Бағаларды біріктіру', exact: true }).click();
    await page.getByTestId('completeness-summary').waitFor();
    let t0 = Date.now();
    await page.getByRole('tab', { name: 'Толықтық кестесі' }).click();
    await page.locator('.matrix-row[aria-rowindex="2"]').waitFor();
    const opened = Date.now() - t0;
    expect(await page.getByTestId('nomination-counts').textContent()).toContain('10000 жұмыс × 15 қазы.');
    expect(await page.getByTestId('nomination-counts').textContent()).toContain(`бағасы жоқ: ${expected.counts.missing}`);
    // Only the rows in view exist in the page.
    expect(await page.locator('.matrix-scroll .matrix-row').count()).toBeLessThan(80);
    await page.locator('table.completeness-jurors').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'merge-matrix-10000-kk.png') });

    t0 = Date.now();
    await page.getByRole('button', { name: 'Толық еместер' }).click();
    await expect.poll(() => page.getByTestId('matrix-count').textContent()).not.toContain('10000 / 10000');
    const filtered = Date.now() - t0;
    t0 = Date.now();
    await page.getByTestId('matrix-scroll').focus();
    await page.keyboard.press('End');
    const lastShown = await page.getByTestId('matrix-count').textContent();
    await page.locator(`.matrix-row[aria-rowindex="${Number(lastShown!.split(' / ')[0]) + 1}"]`).waitFor();
    const scrolled = Date.now() - t0;
    await page.screenshot({ path: join(SHOTS, 'merge-matrix-10000-end-kk.png') });
    console.log(`completeness 10,000 × 15 in Chromium: tab ${opened} ms, filter ${filtered} ms, to the end ${scrolled} ms`);
    expect(opened).toBeLessThan(3000);
    expect(filtered).toBeLessThan(1000);
    expect(scrolled).toBeLessThan(1000);
  });
});
