import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJury } from '../../electron/cli/jury';
import { commitImport } from '../../electron/services/entryImport';
import { exportPackage } from '../../electron/services/packageExport';
import { parseContestFile } from '../../shared/contest/file';
import { readJurorFile } from '../../shared/juror/jurorFile';
import { canRunBrowser, skipReason, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'thanks-challenge');
const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

if (!canRunBrowser) console.warn(`Skipping browser tests: ${skipReason}`);

describe.skipIf(!canRunBrowser)('juror flow in Chromium (real renderer, real handlers)', () => {
  let h: Harness;
  let packagePath: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    // The organiser's side, done in the main process: a contest with the Google Form's 125 entries,
    // a picture for entry 1, and a package with media for juror j1.
    const def = parseContestFile(readFileSync(join(FIXTURES, 'contest.json'), 'utf8'));
    if (!def.ok) throw new Error('fixture');
    const ws = h.services.library.create(def.value);
    await commitImport(ws, { fileName: 'entries-google-form.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'entries-google-form.csv'))) });
    mkdirSync(join(ws.path, '..', 'media'), { recursive: true });
    await h.page.setContent('<div style="width:640px;height:360px;background:#1d5fa8;color:#fff;font:32px sans-serif;display:grid;place-items:center">Бейнеролик кадры · Әә Ғғ Құ</div>');
    writeFileSync(join(ws.path, '..', 'media', '1.png'), await h.page.locator('div').screenshot());
    ws.updateEntry('1', { media: 'media/1.png' });
    packagePath = join(h.dataDir, 'Оспанова.jurypkg');
    exportPackage(ws, { jurorId: 'j1', includeMedia: true }, packagePath);
  });
  afterAll(async () => h?.close());

  it('lets the organiser save a package for one juror from the packages screen, by nomination', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    // The contest, not the template card of the same name.
    await page.getByRole('button', { name: /Алғыс айту күніне арналған/ }).click();
    await page.getByRole('button', { name: 'Қазы пакеттері' }).click();
    const fingerprint = await page.getByTestId('organiser-fingerprint').textContent();
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const card = page.getByRole('region', { name: 'Жұмаділдаева Нұргүл Васильевна' });
    await card.getByLabel('Номинация бойынша').check();
    await card.getByLabel('Бейнеролик').check();
    const out = join(h.dataDir, 'j2.jurypkg');
    h.dialogs.saveQueue.push(out);
    await card.getByRole('button', { name: 'Пакетті сақтау…' }).click();
    await page.getByText(/j2\.jurypkg: 125 жұмыс, 0 медиафайл/).waitFor();
    await page.getByRole('cell', { name: 'j2.jurypkg' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'packages-kk.png'), fullPage: true });
    let said = '';
    expect(await runJury(['verify', out], { out: (t) => (said += t), err: (t) => (said += t) })).toBe(0);
    expect(said).toContain(`key fingerprint ${fingerprint}`);
  });

  it('opens a package, makes a key, scores 20 entries by keyboard, survives a restart, and exports a file that verifies', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    h.dialogs.openQueue.push(packagePath);
    await page.getByRole('button', { name: 'Қазы пакетін ашу…' }).click();

    // The package is checked and the juror makes their key; its fingerprint is shown to read out.
    await page.getByText(/Пакет тұтас, қолтаңбасы дұрыс/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'juror-key-kk.png') });
    await page.getByRole('button', { name: 'Кілт жасау' }).click();
    await page.getByTestId('progress').waitFor();
    expect(await page.getByTestId('progress').textContent()).toBe('Бағаланды: 0 / 125');

    // The first entry has focus on its first criterion. A refused value stays, with the reason.
    const first = page.getByLabel(/^1\. Челлендж тақырыбына/);
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('7');
    await page.getByRole('alert').filter({ hasText: '7' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'juror-refused-kk.png') });
    await page.keyboard.press('Escape');

    // 20 entries × 6 criteria, digits only: a score that cannot be longer moves on by itself.
    for (let e = 0; e < 20; e++) {
      for (let c = 0; c < 6; c++) await page.keyboard.type(String(((e + c) % 5) + 1));
    }
    await page.getByText('Бағаланды: 20 / 125').waitFor();
    // Arrows go back to the previous entry; Enter moves between criteria; Ctrl+Z undoes.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('0');
    await page.getByText('Бағаланды: 20 / 125').waitFor();
    await page.getByRole('option', { name: /№ 20 / }).waitFor();
    await page.locator('body').press('Control+z');
    await page.getByText('Соңғы өзгеріс кері қайтарылды').waitFor();
    await page.getByRole('option', { name: /№ 1 / }).click();
    await page.getByLabel('Пікір').fill('Әдемі жұмыс, дыбысы таза');
    await page.getByLabel(/^1\. Челлендж тақырыбына/).focus();
    await page.getByTestId('media').waitFor();
    await page.screenshot({ path: join(SHOTS, 'juror-scoring-kk.png') });

    // Restart: the workspace is closed and opened again from disk; every score is still there.
    h.services.desk.closeAll();
    await page.reload();
    await page.locator('.juror-home .contest-open').click();
    await page.getByText('Бағаланды: 20 / 125').waitFor();
    expect(await page.getByLabel('Пікір').inputValue()).toBe('Әдемі жұмыс, дыбысы таза');

    // The grid: entries × criteria, digits only; the cursor starts on the entry that was open.
    await page.getByLabel('Көрсету').selectOption('unscored');
    await page.getByRole('option', { name: /№ 21 / }).click();
    await page.getByRole('button', { name: 'Кесте' }).click();
    await expect.poll(() => page.getByLabel(/^№ 21 · 1\./).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('345123');
    await page.getByText('Бағаланды: 21 / 125').waitFor();
    await expect.poll(() => page.getByLabel(/^№ 22 · 1\./).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'juror-grid-kk.png') });
    await page.getByRole('button', { name: 'Бір жұмыс' }).click();
    await page.getByLabel('Көрсету').selectOption('all');

    // Submit: incomplete, so the juror is warned with what is missing, and may save anyway.
    const out = join(h.dataDir, 'j1.juryscores');
    h.dialogs.saveQueue.push(out);
    await page.getByRole('button', { name: 'Бағаларды жіберу…' }).click();
    await page.getByText('104 жұмыс толық бағаланбаған', { exact: false }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'juror-submit-kk.png'), fullPage: true });
    await page.getByRole('button', { name: 'Толық емес болса да сақтау…' }).click();
    await page.getByText(/1-нұсқа, 126 баға сақталды/).waitFor();
    expect(existsSync(out)).toBe(true);

    const file = readJurorFile(new Uint8Array(readFileSync(out)), 'j1.juryscores');
    if (!file.ok) throw new Error(JSON.stringify(file.problems));
    expect(file.value.payload.juror.id).toBe('j1');
    expect(file.value.payload.scores).toHaveLength(126);
    expect(file.value.payload.comments).toEqual([{ entry: '1', text: 'Әдемі жұмыс, дыбысы таза' }]);
    let said = '';
    expect(await runJury(['verify', out], { out: (t) => (said += t), err: (t) => (said += t) })).toBe(0);
    expect(said).toMatch(/intact, signature valid/);
    expect(said).toMatch(/revision 1/);
  });
});
