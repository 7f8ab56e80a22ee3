import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
// @ts-ignore
import { start, fixtureContest, focusInfo } from '/tmp/walk/harness';

const W = '/tmp/walk';
const log = (...a: unknown[]) => console.log('[walk]', ...a);

describe('protocol walkthrough', () => {
  let h: any;
  beforeAll(async () => {
    mkdirSync(W, { recursive: true });
    h = await start();
    await fixtureContest(h.services, { decision: true });
  });
  afterAll(async () => h?.close());

  it('secretary', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/index.html`);
    await page.locator('.contest-open').first().click();
    await page.getByRole('button', { name: 'Хаттама', exact: true }).click();
    const preview = page.frameLocator('iframe.protocol-preview');
    await preview.getByText('Хаттама № 1').waitFor();
    await page.screenshot({ path: `${W}/p01-protocol.png` });
    await page.getByRole('tab', { name: 'Мәтін' }).click();
    await page.screenshot({ path: `${W}/p02-texts-empty.png`, fullPage: true });
    // Number
    const number = page.getByLabel(/Хаттама нөмірі|нөмір/i).first();
    log('number label count', await page.getByLabel(/нөмір/i).count());
    await number.click();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    log('after number Tab focus:', await focusInfo(page));
    await page.keyboard.type('04.03.20');
    await page.screenshot({ path: `${W}/p03-date-typing.png` });
    log('date partially typed; alert visible =', await page.getByRole('alert').count(), await page.getByRole('alert').allInnerTexts());
    await page.keyboard.type('24');
    log('date typed; alert =', await page.getByRole('alert').count());
    await page.keyboard.press('Tab');
    log('after date Tab focus:', await focusInfo(page));
    await page.keyboard.type('1. «Барлығына рақмет» челленджінің қорытындысын шығару.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Мектепке дейінгі ұйымдардың тәрбиеленушілерінің бойында алғыс айту мәдениетін қалыптастыру.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Балалардың шығармашылығын дамыту;\nОтбасы мен балабақшаның байланысын нығайту;\nҮздік тәжірибені тарату.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Жеңімпаздарды марапаттау.\nҮздік бейнероликтерді әлеуметтік желіде жариялау.\n\nКелесі жылы байқауды облыстық деңгейде өткізу.');
    await page.keyboard.press('Tab');
    log('after recommendations Tab focus:', await focusInfo(page));
    await page.screenshot({ path: `${W}/p04-texts-filled.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    log('after save Enter focus:', await focusInfo(page));
    await page.screenshot({ path: `${W}/p05-texts-saved.png`, fullPage: true });
    log('notice texts:', await page.locator('.notice, [role=status]').allInnerTexts());

    // Invalid date then save via other field change
    const date = page.getByLabel('Отырыс күні');
    await date.fill('31.04.2026');
    await page.getByLabel(/Күн тәртібі/).first().fill('Күн тәртібі өзгертілді');
    await page.screenshot({ path: `${W}/p06-invalid-date.png`, fullPage: true });
    const saveBtn = page.getByRole('button', { name: 'Сақтау', exact: true });
    log('save enabled with bad date:', await saveBtn.isEnabled().catch(() => 'n/a'));
    await saveBtn.click().catch((e: unknown) => log('save click err', String(e).slice(0, 200)));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${W}/p07-invalid-date-saved.png`, fullPage: true });
    log('notices after bad date save:', await page.locator('.notice-bar, .notice, [role=status], [role=alert]').allInnerTexts());
    log('date box now:', await date.inputValue());
    // fix
    await date.fill('04.03.2024');
    await page.getByLabel(/Күн тәртібі/).first().fill('1. «Барлығына рақмет» челленджінің қорытындысын шығару.');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await page.waitForTimeout(400);

    // Preview
    await page.getByRole('tab', { name: 'Алдын ала қарау' }).click();
    await preview.getByText('Хаттама № 2').waitFor({ timeout: 5000 }).catch(() => log('no "Хаттама № 2" in preview'));
    await page.screenshot({ path: `${W}/p08-preview.png` });
    const frame = page.frames().find((f: any) => f !== page.mainFrame());
    if (frame) {
      const text = await frame.evaluate(() => document.body.innerText).catch((e: unknown) => `ERR ${e}`);
      writeFileSync(`${W}/preview.txt`, text);
    }
    // Key
    log('keys area:', await page.locator('.export-bar').innerText());
    const make = page.getByRole('button', { name: 'Кілт жасау' });
    if (await make.count()) { await make.click(); await page.waitForTimeout(500); }
    log('keys area after:', await page.locator('.export-bar').innerText());
    await page.screenshot({ path: `${W}/p09-key.png` });

    // DOCX
    const out = join(W, 'out');
    mkdirSync(out, { recursive: true });
    h.dialogs.saveQueue.push(join(out, 'protocol.docx'));
    await page.getByRole('button', { name: /DOCX/ }).click();
    await page.waitForTimeout(4000);
    log('notices after docx:', await page.locator('main').getByRole('status').allInnerTexts().catch(() => []));
    await page.screenshot({ path: `${W}/p10-after-docx.png` });
    h.dialogs.saveQueue.push(join(out, 'protocol.pdf'));
    await page.getByRole('button', { name: /PDF/ }).click();
    for (let i = 0; i < 60 && !existsSync(join(out, 'protocol.pdf')); i++) await page.waitForTimeout(500);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${W}/p11-after-pdf.png`, fullPage: true });
    h.dialogs.saveQueue.push(join(out, 'protocol.xlsx'));
    await page.getByRole('button', { name: /XLSX/ }).click();
    await page.waitForTimeout(3000);
    h.dialogs.saveQueue.push(join(out, 'protocol.csv'));
    await page.getByRole('button', { name: /CSV/ }).click();
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${W}/p12-after-all.png`, fullPage: true });
    log('files:', ['docx', 'pdf', 'xlsx', 'csv'].map((e) => `${e}:${existsSync(join(out, 'protocol.' + e))}/${existsSync(join(out, 'protocol.' + e + '.sig'))}`));
    log('saved dialog defaults asked:', h.dialogs.saved);

    // Verify
    await page.getByRole('tab', { name: 'Тексеру' }).click();
    h.dialogs.openQueue.push(join(out, 'protocol.pdf'));
    await page.getByRole('button', { name: 'Хаттаманы таңдау…' }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${W}/p13-verify-pdf.png`, fullPage: true });
    log('verify pdf:', await page.locator('.verify-report').innerText().catch(() => 'none'));
    h.dialogs.openQueue.push(join(out, 'protocol.docx'));
    await page.getByRole('button', { name: 'Хаттаманы таңдау…' }).click();
    await page.waitForTimeout(1500);
    log('verify docx:', await page.locator('.verify-report').innerText().catch(() => 'none'));
    // tamper a copy of the csv
    const csv = readFileSync(join(out, 'protocol.csv'));
    writeFileSync(join(out, 'tampered.csv'), Buffer.concat([csv, Buffer.from('x')]));
    writeFileSync(join(out, 'tampered.csv.sig'), readFileSync(join(out, 'protocol.csv.sig')));
    h.dialogs.openQueue.push(join(out, 'tampered.csv'));
    await page.getByRole('button', { name: 'Хаттаманы таңдау…' }).click();
    await page.waitForTimeout(1500);
    log('verify tampered:', await page.locator('.verify-report').innerText().catch(() => 'none'));
    await page.screenshot({ path: `${W}/p14-verify-tampered.png`, fullPage: true });
    // a file without sig
    writeFileSync(join(out, 'nosig.pdf'), readFileSync(join(out, 'protocol.pdf')));
    h.dialogs.openQueue.push(join(out, 'nosig.pdf'));
    await page.getByRole('button', { name: 'Хаттаманы таңдау…' }).click();
    await page.waitForTimeout(1500);
    log('verify nosig:', await page.locator('.verify-report').innerText().catch(() => 'none'), await page.locator('.problem-list, .problems').allInnerTexts().catch(() => []));
    await page.screenshot({ path: `${W}/p15-verify-nosig.png`, fullPage: true });

    // Russian preview
    await page.getByRole('tab', { name: 'Алдын ала қарау' }).click();
    await page.locator('.export-bar select').selectOption('ru');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${W}/p16-preview-ru.png` });
    const frame2 = page.frames().find((f: any) => f !== page.mainFrame());
    if (frame2) writeFileSync(`${W}/preview-ru.txt`, await frame2.evaluate(() => document.body.innerText).catch((e: unknown) => `ERR ${e}`));
    h.dialogs.saveQueue.push(join(out, 'protocol-ru.pdf'));
    await page.getByRole('button', { name: /PDF/ }).click();
    for (let i = 0; i < 60 && !existsSync(join(out, 'protocol-ru.pdf')); i++) await page.waitForTimeout(500);
    await page.waitForTimeout(1000);
    log('errors:', h.errors);
  });
});
