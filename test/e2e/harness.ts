import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Channel } from '../../shared/ipc/channels';
import { invokeHandler, trustOrigin } from '../../electron/ipc/handle';
import { createHandlers, type AppServices } from '../../electron/ipc/handlers/index';
import type { Dialogs, ShellPort } from '../../electron/ipc/ports';
import type { ServiceContext } from '../../electron/services/context';
import { Library } from '../../electron/services/library';
import { SettingsStore } from '../../electron/services/settingsStore';
import { serveRendererFile } from '../../electron/window/appProtocol';
import { serveMedia } from '../../electron/window/mediaProtocol';
import { ScoringDesk } from '../../electron/services/scoringDesk';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER = join(__dirname, '..', '..', 'dist', 'renderer');
export const canRunBrowser = existsSync(CHROMIUM) && existsSync(join(RENDERER, 'index.html'));
export const skipReason = !existsSync(CHROMIUM)
  ? `Chromium not found at ${CHROMIUM} (apt-get install chromium)`
  : `renderer not built at ${RENDERER} (npm run build)`;

/** The flags that keep Chromium off this machine's closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];

/** Answers the open and save dialogs in the order a test queues them. */
export class ScriptedDialogs implements Dialogs {
  readonly opened: string[] = [];
  readonly saved: string[] = [];
  constructor(public openQueue: (string | null)[] = [], public saveQueue: (string | null)[] = []) {}
  async openFile() {
    const p = this.openQueue.shift() ?? null;
    if (p) this.opened.push(p);
    return p;
  }
  /** Takes one queued answer: a path, or several separated by a newline. */
  async openFiles() {
    const p = this.openQueue.shift() ?? null;
    if (p) this.opened.push(p);
    return p ? p.split('\n') : [];
  }
  async saveFile() {
    const p = this.saveQueue.shift() ?? null;
    if (p) this.saved.push(p);
    return p;
  }
}

export class RecordingShell implements ShellPort {
  readonly calls: [string, string][] = [];
  async openExternal(url: string) {
    this.calls.push(['openExternal', url]);
  }
  async openPath(path: string) {
    this.calls.push(['openPath', path]);
    return '';
  }
  showItemInFolder(path: string) {
    this.calls.push(['showItemInFolder', path]);
  }
}

export interface Harness {
  page: Page;
  browser: Browser;
  services: AppServices;
  dialogs: ScriptedDialogs;
  shell: RecordingShell;
  origin: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real renderer (the production build) in Debian's Chromium, talking to the real
 * main-process handlers in this Node process. The bridge stands where the preload script
 * stands in the app: one invoke() per call, checked, schema-validated and answered as data.
 */
export async function startHarness(opts: { ctx?: ServiceContext; viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jury-e2e-'));
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const { status, body, headers } = pathname.startsWith('/media/')
      ? serveMedia(desk, pathname, req.headers.range ?? null)
      : await serveRendererFile(RENDERER, pathname);
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let n = 0;
  const ctx: ServiceContext = opts.ctx ?? { now: () => new Date(), newId: () => `id-${Date.now()}-${++n}`, actor: () => 'Әбдікәрімова Әсемгүл' };
  const desk = new ScoringDesk(dataDir, ctx);
  const dialogs = new ScriptedDialogs();
  const shell = new RecordingShell();
  const settings = new SettingsStore(dataDir);
  const services: AppServices = { library: new Library(dataDir, ctx), desk, settings, dialogs, shell, ctx, version: '0.0.0-test' };
  const handlers = createHandlers(services);
  const trusted = trustOrigin(origin);

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1366, height: 860 }, locale: 'kk-KZ' });
  page.on('pageerror', (e) => console.error('[renderer]', e));
  // Answers cross as one JSON string: Playwright's value serializer is slow on 10,000 objects,
  // and JSON carries exactly what Electron's structured clone would for this data.
  await page.exposeBinding('__juryInvoke', async (source, channel: Channel, input: unknown) =>
    JSON.stringify(await invokeHandler(handlers, channel, source.frame.url(), input, trusted, () => undefined)),
  );
  // A string, not a function: tools that transpile this file may add helpers the page lacks.
  await page.addInitScript({ content: 'window.jury = { invoke: async (channel, input) => JSON.parse(await window.__juryInvoke(channel, input)) };' });

  return {
    page,
    browser,
    services,
    dialogs,
    shell,
    origin,
    dataDir,
    async close() {
      await browser.close();
      services.library.closeAll();
      services.desk.closeAll();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
