import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
const electronBinary = existsSync(pathFile) ? join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
const nativeForElectron = join(root, 'build', 'native', 'better_sqlite3.node');

const why = !electronBinary || !existsSync(electronBinary)
  ? 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no network); run `npm start` once on a machine with network'
  : !existsSync(nativeForElectron)
    ? 'better-sqlite3 has not been built for Electron yet (scripts/electron-native.mjs, run by `npm start`)'
    : !existsSync(join(root, 'dist', 'electron', 'main.js'))
      ? 'the app is not built (npm run build)'
      : null;
if (why) console.warn(`Skipping the Electron window test: ${why}`);

describe.skipIf(why !== null)('the packaged shell in a real Electron window', () => {
  it('opens in Kazakh with a sandboxed, isolated renderer and only the jury bridge', async () => {
    const app = await _electron.launch({ executablePath: electronBinary!, args: [join(root, 'dist', 'electron', 'main.js')], env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' } });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { name: 'Байқаулар', level: 1 }).waitFor();
      const prefs = await app.evaluate(({ BrowserWindow }) =>
        (BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences(),
      );
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
      const exposed = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        invoke: typeof window.jury?.invoke,
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', invoke: 'function' });
      const opened = await page.evaluate(() => window.open('https://example.com') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });
});
