import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContestFile } from '../../shared/contest/file';
import { commitImport } from '../../electron/services/entryImport';
import { canRunBrowser, skipReason, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'thanks-challenge');
const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

if (!canRunBrowser) console.warn(`Skipping browser tests: ${skipReason}`);

describe.skipIf(!canRunBrowser)('results in Chromium (real renderer, real handlers)', () => {
  let h: Harness;
  let contestId: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    const parsed = parseContestFile(readFileSync(join(FIXTURES, 'contest.json'), 'utf8'));
    if (!parsed.ok) throw new Error('fixture');
    // The chain ends with a jury vote, so that a tie the rules leave can be decided on screen.
    const main = parsed.value.nominations[0];
    if ('criteria' in main) main.tieBreak = ['decision'];
    const ws = h.services.library.create(parsed.value);
    contestId = ws.contestId;
    const csv = readFileSync(join(FIXTURES, 'entries-google-form.csv'), 'utf8');
    await commitImport(ws, { fileName: 'entries.csv', bytes: new TextEncoder().encode(csv) });
    // The paper sheet as a merge leaves it in the contest file.
    const put = ws.db.prepare("INSERT INTO scores (juror_id, entry_id, criterion_id, value, updated_at) VALUES (?, ?, ?, ?, 'now')");
    const recuse = ws.db.prepare("INSERT INTO recusals (juror_id, entry_id, reason, updated_at) VALUES (?, ?, ?, 'now')");
    ws.db.transaction(() => {
      for (const line of readFileSync(join(FIXTURES, 'scores-paper.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
        const [juror, entry, criterion, score, comment] = line.split(',');
        if (score === 'recused') recuse.run(juror, entry, comment ?? '');
        else if (score) put.run(juror, entry, criterion, score);
      }
    })();
  });
  afterAll(async () => h?.close());

  it('shows the ranked table, one entry’s scores, and records a jury vote on a surviving tie', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    // The contest in the list (a template of the same name creates a new one).
    await page.locator('.contest-open').first().click();
    await page.getByRole('button', { name: 'Нәтижелер', exact: true }).click();
    await page.getByRole('heading', { name: 'Нәтижелер', level: 1 }).waitFor();
    await page.locator('.rt-row[aria-rowindex="2"]').waitFor();
    // The paper sheet does not score every entry: the result is marked preliminary.
    await page.getByText(/Бағалау аяқталмаған/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'results-kk.png') });

    // The table scrolls inside the window, its head in view: End brings the last row into sight.
    await page.getByTestId('results-scroll').focus();
    await page.keyboard.press('End');
    const inView = () =>
      page.evaluate(() => {
        const box = document.querySelector('[data-testid="results-scroll"]')!.getBoundingClientRect();
        const selected = document.querySelector('.results-table .rt-row.selected')?.getBoundingClientRect();
        return { tableFits: box.bottom <= innerHeight + 1, selectedShown: !!selected && selected.top >= box.top - 1 && selected.bottom <= box.bottom + 1, pageScroll: document.querySelector('.content')!.scrollTop };
      });
    await expect.poll(inView).toEqual({ tableFits: true, selectedShown: true, pageScroll: 0 });
    await page.keyboard.press('Home');

    // Keyboard: the table takes focus, arrows move, Enter opens every juror's scores.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await panel.getByText('Жиыны').waitFor();
    expect(await panel.getByRole('row').count()).toBe(6); // the header and five scoring jurors
    await page.screenshot({ path: join(SHOTS, 'results-entry-kk.png') });
    await page.keyboard.press('Escape');

    // A tie the chain left: reversed by a vote, with its reason.
    await page.getByRole('tab', { name: /^Шешілмеген теңдіктер/ }).click();
    const vote = page.locator('.ties-panel section.card').first();
    await vote.waitFor();
    const before = await vote.locator('.tie-order li').allInnerTexts();
    await vote.getByRole('button', { name: /^Төмен/ }).first().click();
    await vote.getByLabel(/Шешімнің себебі/).fill('Қазылар дауыс берді: 4 — 1');
    await page.screenshot({ path: join(SHOTS, 'results-ties-kk.png'), fullPage: true });
    await vote.getByRole('button', { name: 'Қазылар шешімін жазу' }).click();
    await page.getByText('Қазылар шешімі жазылды').waitFor();
    await page.getByText(/Шешілген \(№\d+ › №\d+\): Қазылар дауыс берді/).waitFor();
    expect(before.length).toBeGreaterThanOrEqual(2);

    await page.getByRole('tab', { name: 'Қазылар статистикасы' }).click();
    await page.getByText('Алқадан ауытқуы').waitFor();
    await page.screenshot({ path: join(SHOTS, 'results-stats-kk.png'), fullPage: true });

    // The protocol of these results, previewed in the window before it is exported.
    await page.getByRole('button', { name: 'Хаттама', exact: true }).click();
    const preview = page.frameLocator('iframe.protocol-preview');
    await preview.getByText('Хаттама № 1').waitFor();
    await preview.getByText('АЛДЫН АЛА НӘТИЖЕ').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'protocol-kk.png') });

    // The secretary's texts, by keyboard: the date typed day first, saved with Enter.
    await page.getByRole('tab', { name: 'Мәтін' }).click();
    await page.getByLabel('Отырыс күні').focus();
    await page.keyboard.type('4.3.2024');
    await page.getByLabel('Күн тәртібі').focus();
    expect(await page.getByLabel('Отырыс күні').inputValue()).toBe('04.03.2024');
    await page.screenshot({ path: join(SHOTS, 'protocol-texts-kk.png') });
    await page.getByRole('button', { name: 'Мәтінді сақтау' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Хаттама мәтіні сақталды').waitFor();
    // Nothing is left to save, and the button says so, but it keeps the focus: the keyboard's
    // place stays, and Shift+Tab goes back to the field above it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Мәтінді сақтау');
    expect(await page.getByRole('button', { name: 'Мәтінді сақтау' }).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id && document.querySelector(`label[for="${document.activeElement!.id}"]`)?.textContent)).toMatch(/^Қазылар алқасының ұсынымдары/);

    // An export by keyboard: the button is disabled while it works, then has the focus again.
    await page.getByLabel(/Хатшының кілтімен қол қою/).uncheck();
    h.dialogs.saveQueue.push(join(h.dataDir, 'protocol.csv'));
    await page.getByRole('button', { name: 'CSV сақтау…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('protocol.csv сақталды').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('CSV сақтау…');
    void contestId;
  });
});
