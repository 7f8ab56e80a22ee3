import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunBrowser, skipReason, startHarness, type Harness } from './harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'thanks-challenge');
const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

if (!canRunBrowser) console.warn(`Skipping browser tests: ${skipReason}`);

describe.skipIf(!canRunBrowser)('organiser flow in Chromium (real renderer, real handlers)', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('creates a contest from a template, imports the Google Form CSV through the mapping step, disqualifies an entry and finds it', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    await page.getByRole('heading', { name: 'Байқаулар', level: 1 }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'home-kk.png') });

    // 1. From the video-challenge template; the app opens its setup.
    await page.getByRole('button', { name: /Бейнечеллендж/ }).click();
    await page.getByRole('tab', { name: 'Жалпы' }).waitFor();
    await page.getByRole('tab', { name: 'Номинациялар' }).click();
    expect(await page.getByLabel('Ең жоғары балл 1').inputValue()).toBe('5');
    await page.screenshot({ path: join(SHOTS, 'setup-nominations-kk.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Қазылар алқасы' }).click();
    await page.getByRole('button', { name: 'Қазы қосу' }).click();
    await page.getByLabel('Аты-жөні 1').fill('Оспанова Нұрсұлу Бекқызы');
    await page.getByLabel('Рөлі 1').selectOption('chair');
    // The date typed day first, whatever order the system's own date box would use.
    await page.getByRole('tab', { name: 'Жалпы' }).click();
    await page.getByLabel('Күні', { exact: true }).fill('31.04.2024');
    await page.getByText('Мұндай күн жоқ: 31.04.2024').waitFor();
    await page.screenshot({ path: join(SHOTS, 'setup-date-refused-kk.png'), clip: { x: 240, y: 0, width: 1126, height: 420 } });
    await page.getByLabel('Күні', { exact: true }).fill('4.3.2024');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Күні', { exact: true }).inputValue()).toBe('04.03.2024');
    await page.screenshot({ path: join(SHOTS, 'setup-general-kk.png'), fullPage: true });
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await page.getByText('Сақталды', { exact: true }).waitFor();
    expect(h.services.library.get(h.services.library.list()[0].contestId).definition().date).toBe('2024-03-04');

    // 2. Import: the fake dialog answers with the fixture; the mapping is suggested from Kazakh headers.
    h.dialogs.openQueue.push(join(FIXTURES, 'entries-google-form.csv'));
    await page.getByRole('button', { name: 'Жұмыстарды импорттау' }).click();
    await page.getByRole('button', { name: 'Файлды таңдау…' }).click();
    await page.getByText('Бағандарды сәйкестендіру').waitFor();
    expect(await page.getByLabel('Қатысушының аты-жөні').inputValue()).toBe('participant');
    expect(await page.getByLabel('Өңір').inputValue()).toBe('region');
    await page.getByText(/Импортқа дайын: 125 жаңа/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'import-mapping-kk.png'), fullPage: true });
    await page.getByRole('button', { name: 'Импорттау', exact: true }).click();
    await page.getByText(/125 жаңа, 0 жаңартылды/).waitFor();

    // 3. Registry: search the Kazakh way, select, disqualify with a reason.
    await page.getByRole('button', { name: 'Тізілімге өту' }).click();
    await page.getByText('125 / 125 жұмыс').waitFor();
    await page.screenshot({ path: join(SHOTS, 'registry-all-kk.png') });
    await page.getByLabel(/Іздеу/).fill('ғаниева');
    const row = page.getByRole('row').filter({ hasText: 'Ғаниева Ғалым' }).first();
    await row.click();
    await page.getByLabel('Себебі').fill('Аккаунт жабық');
    await page.getByRole('button', { name: 'Қатысуға қабылдамау' }).click();
    await page.locator('.entry-panel .badge-bad').waitFor();
    await page.getByLabel(/Іздеу/).fill('');
    await page.getByRole('button', { name: 'Қабылданбағандар' }).click();
    await page.getByText('1 / 125 жұмыс').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Ғаниева Ғалым' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'registry-kk.png') });

    // The contest's audit log lists the decision with who, why and which entry.
    await page.getByRole('button', { name: 'Байқау баптаулары' }).click();
    await page.getByRole('tab', { name: 'Аудит журналы' }).click();
    const logRow = page.locator('.audit-table tbody tr').filter({ hasText: 'Аккаунт жабық' });
    await logRow.waitFor();
    expect(await logRow.textContent()).toContain('Әбдікәрімова Әсемгүл');
    await page.screenshot({ path: join(SHOTS, 'setup-audit-kk.png') });

    // The decision is in the contest file, with its audit record.
    const contest = h.services.library.list()[0];
    const ws = h.services.library.get(contest.contestId);
    const disqualified = ws.entries().filter((e) => e.decision === 'disqualified');
    expect(disqualified.map((e) => e.participant)).toEqual(['Ғаниева Ғалым']);
    expect(ws.auditTrail(disqualified[0].id)[0]).toMatchObject({ action: 'disqualify', reason: 'Аккаунт жабық', actor: 'Әбдікәрімова Әсемгүл' });
  });
});

