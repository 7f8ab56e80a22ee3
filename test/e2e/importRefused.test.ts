import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'thanks-challenge');
const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

describe.skipIf(!canRunBrowser)('a broken Google Forms export in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('names the row and column of every bad cell, imports nothing, and imports once the mapping ignores the column', async () => {
    // Row 7 gets "12a" likes and row 9 "көп" followers, as people type into a form.
    const lines = readFileSync(join(FIXTURES, 'entries-google-form.csv'), 'utf8').split('\n');
    const cells = (i: number) => lines[i - 1].split(',');
    const row7 = cells(7);
    row7[row7.length - 3] = '12a';
    lines[6] = row7.join(',');
    const row9 = cells(9);
    row9[row9.length - 5] = 'көп';
    lines[8] = row9.join(',');
    const broken = join(h.dataDir, 'жауаптар.csv');
    writeFileSync(broken, lines.join('\n'));

    const { page, services } = h;
    await page.goto(`${h.origin}/index.html`);
    await page.getByRole('button', { name: /Бейнечеллендж/ }).click();
    await page.getByRole('tab', { name: 'Жалпы' }).waitFor();
    h.dialogs.openQueue.push(broken);
    await page.getByRole('button', { name: 'Жұмыстарды импорттау' }).click();
    await page.getByRole('button', { name: 'Файлды таңдау…' }).click();
    await page.getByText(/Файл импортталмайды/).waitFor();
    const problems = await page.locator('.outcome-bad .problems li').allTextContents();
    expect(problems).toEqual([
      'жауаптар.csv, жол 7, баған «Лайктар саны»: «12a» — 0-ден кем емес бүтін сан емес',
      'жауаптар.csv, жол 9, баған «Жазылушылар саны»: «көп» — 0-ден кем емес бүтін сан емес',
    ]);
    expect(await page.getByRole('button', { name: 'Импорттау', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'import-refused-kk.png'), fullPage: true });
    const ws = services.library.get(services.library.list()[0].contestId);
    expect(ws.entries()).toHaveLength(0);

    // Ignoring both columns in the mapping step makes the file importable.
    await page.getByLabel('Лайктар саны').selectOption('');
    await page.getByLabel('Жазылушылар саны').selectOption('');
    await page.getByText(/Импортқа дайын: 125 жаңа/).waitFor();
    await page.getByRole('button', { name: 'Импорттау', exact: true }).click();
    await page.getByText(/125 жаңа, 0 жаңартылды/).waitFor();
    expect(ws.entries()).toHaveLength(125);
    expect(ws.entries()[0].likes).toBeNull();
  });
});
