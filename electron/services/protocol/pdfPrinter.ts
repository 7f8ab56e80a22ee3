import { existsSync } from 'node:fs';
import { ProblemError } from '../../../shared/problem';

/** What prints a self-contained HTML page to PDF: Electron's own Chromium in the app, a Chromium on the machine for the CLI and the tests. */
export interface PdfPrinter {
  /** The page size, margins, page numbers and running warnings come from the HTML's own CSS (@page). */
  print(html: string): Promise<Uint8Array>;
  /** Frees the browser, when the printer started one. */
  close?(): Promise<void>;
}

/** Where a Chromium-based browser may be: JURY_CHROMIUM first, then the usual places on Linux, Windows (Edge ships with Windows) and macOS. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const pf = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']].filter((x): x is string => !!x);
  return [
    env.JURY_CHROMIUM,
    env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...pf.flatMap((d) => [`${d}\\Google\\Chrome\\Application\\chrome.exe`, `${d}\\Microsoft\\Edge\\Application\\msedge.exe`, `${d}\\Chromium\\Application\\chrome.exe`]),
  ].filter((x): x is string => !!x);
}

/** The browser to print with; JURY_CHROMIUM, when set, is the only one tried. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.JURY_CHROMIUM) return existsSync(env.JURY_CHROMIUM) ? env.JURY_CHROMIUM : null;
  return chromiumCandidates(env).find((p) => existsSync(p)) ?? null;
}

/** The flags that keep the printing browser off the network and quiet. */
export const PRINT_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions'];

type Browser = import('playwright-core').Browser;

/**
 * Prints with a Chromium found on the machine, headless, through playwright-core. Every request
 * the page would make is refused: the HTML carries its fonts and styles inside itself.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly executablePath: string) {}

  /** A printer for the Chromium on this machine, or a clear refusal naming what to install. */
  static find(env: NodeJS.ProcessEnv = process.env): ChromiumPdfPrinter {
    const path = findChromium(env);
    if (!path) throw new ProblemError([{ code: 'noChromium', params: env.JURY_CHROMIUM ? { detail: `JURY_CHROMIUM is ${env.JURY_CHROMIUM}, which does not exist` } : {} }]);
    return new ChromiumPdfPrinter(path);
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      // Loaded only when a PDF is asked for: the rest of the CLI never pays for it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { chromium } = require('playwright-core') as typeof import('playwright-core');
      this.browser = chromium.launch({ executablePath: this.executablePath, headless: true, args: PRINT_ARGS });
      this.browser.catch(() => (this.browser = null));
    }
    return this.browser;
  }

  async print(html: string): Promise<Uint8Array> {
    let browser: Browser;
    try {
      browser = await this.launch();
    } catch (e) {
      throw new ProblemError([{ code: 'noChromium', params: { detail: `${this.executablePath}: ${(e as Error).message.split('\n')[0]}` } }]);
    }
    const page = await browser.newPage();
    try {
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
      return new Uint8Array(pdf);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    if (b) await (await b).close().catch(() => undefined);
  }
}
