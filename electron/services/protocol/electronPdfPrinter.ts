import { BrowserWindow, session } from 'electron';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPrinter } from './pdfPrinter';

/**
 * Prints with Electron's own Chromium (webContents.printToPDF): the app needs no browser on the
 * machine. The page is loaded from a temporary file into a hidden, sandboxed window without
 * JavaScript, in a session of its own that refuses every request but that one file and data:
 * URLs (the fonts). Loaded only by the main process: tests and the CLI never require electron.
 */
export function electronPdfPrinter(): PdfPrinter {
  // One print at a time: the printing session lets exactly one file through.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html: string): Promise<Uint8Array> {
      const next = queue.then(() => printOnce(html));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

async function printOnce(html: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'jury-print-'));
  const file = join(dir, 'protocol.html');
  const url = pathToFileURL(file).href;
  writeFileSync(file, html);
  const printing = session.fromPartition('jury-print');
  printing.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url === url || details.url.startsWith('data:')) }));
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { session: printing, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
