import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PROTOCOL_STYLE_HASH } from '../../../electron/window/security';
import { PROTOCOL_CSS } from '../../../shared/protocol/styles';
import { esc, htmlPage } from '../../../shared/protocol/html';
import { PRINT_ARGS } from '../../../electron/services/protocol/pdfPrinter';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INDEX = readFileSync(join(__dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
const META = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(INDEX)![1];

describe('the protocol preview under the window’s Content-Security-Policy', () => {
  it('the policy allows the protocol’s one stylesheet by its hash, in the header and in index.html alike, and nothing inline else', () => {
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${PROTOCOL_STYLE_HASH}`);
    // renderer/index.html repeats it: if this fails after a change to shared/protocol/styles.ts, put the new hash there
    expect(META, `put ${PROTOCOL_STYLE_HASH} into renderer/index.html`).toContain(`style-src 'self' ${PROTOCOL_STYLE_HASH};`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  describe.skipIf(!existsSync(CHROMIUM))('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: PRINT_ARGS });
    });
    afterAll(async () => browser?.close());

    it('a sandboxed srcdoc frame shows the protocol styled, while any other inline style in it is refused', async () => {
      const good = htmlPage('kk', 't', PROTOCOL_CSS, [], '<div class="doc"><table><thead><tr><th>Аты-жөні</th></tr></thead></table></div>');
      const bad = htmlPage('kk', 't', 'th { background: rgb(255, 0, 0); }', [], '<table><thead><tr><th>Ә</th></tr></thead></table>');
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
      await page.route('http://app.test/**', (route) =>
        route.fulfill({
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
          body: `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${META}"></head><body><iframe id="good" sandbox="" srcdoc="${esc(good)}"></iframe><iframe id="bad" sandbox="" srcdoc="${esc(bad)}"></iframe></body></html>`,
        }),
      );
      await page.goto('http://app.test/index.html');
      await page.waitForTimeout(300);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      expect(frames).toHaveLength(2);
      const colours = await Promise.all(frames.map((f) => f.evaluate(() => getComputedStyle(document.querySelector('th')!).backgroundColor)));
      // the protocol's header cells take its grey; the other frame's red is refused (transparent)
      expect(colours.sort()).toEqual(['rgb(238, 240, 243)', 'rgba(0, 0, 0, 0)']);
      // the refused one is reported as a violation of style-src; the protocol's is not
      expect(violations.length).toBeGreaterThanOrEqual(1);
      expect(violations.every((v) => v.includes('style-src'))).toBe(true);
      await page.close();
    });
  });
});
