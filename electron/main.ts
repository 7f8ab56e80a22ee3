import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useNativeBinding } from './db/connection';
import { registerHandlers, trustOrigin } from './ipc/handle';
import { createHandlers } from './ipc/handlers/index';
import { choosePackage } from './ipc/handlers/scoring';
import type { Dialogs } from './ipc/ports';
import { systemContext } from './services/context';
import { Library } from './services/library';
import { SettingsStore } from './services/settingsStore';
import { serveRendererFile } from './window/appProtocol';
import { serveMedia } from './window/mediaProtocol';
import { installAppMenu, menuActions } from './window/appMenu';
import { ScoringDesk } from './services/scoringDesk';
import { OpenRequests } from './services/openRequests';
import { installNativeCrypto } from './services/nativeCrypto';
import { APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, secureWebPreferences } from './window/security';

// In development the native SQLite module built for Electron sits apart from Node's copy
// (scripts/electron-native.mjs), so the CLI and the tests keep working under Node.
const devBinding = join(__dirname, '..', '..', 'build', 'native', 'better_sqlite3.node');
if (!app.isPackaged && existsSync(devBinding)) useNativeBinding(devBinding);

installNativeCrypto();

// One window for all: a package double-clicked while the app runs goes to the running app.
if (!app.requestSingleInstanceLock()) app.exit(0);
const openRequests = new OpenRequests();
openRequests.addFromArgv(process.argv);
app.on('open-file', (event, path) => {
  event.preventDefault();
  openRequests.add(path);
});

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, stream: true } }]);
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

async function start(): Promise<void> {
  await app.whenReady();
  const rendererRoot = join(__dirname, '..', 'renderer');
  const dataDir = app.getPath('userData');
  const settings = new SettingsStore(dataDir);
  const ctx = systemContext(() => settings.get().userName || systemContext().actor());
  const library = new Library(dataDir, ctx);
  const desk = new ScoringDesk(dataDir, ctx);
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const { status, body, headers } = pathname.startsWith('/media/')
      ? serveMedia(desk, pathname, request.headers.get('range'))
      : await serveRendererFile(rendererRoot, pathname);
    return new Response(typeof body === 'string' ? body || null : new Uint8Array(body), { status, headers });
  });
  hardenSession(session.defaultSession);

  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: 'Jury',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.js')),
  });
  const dialogs: Dialogs = {
    openFile: async ({ title, filters }) => {
      const r = await dialog.showOpenDialog(window, { title, filters, properties: ['openFile'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    openFiles: async ({ title, filters, folder }) => {
      const r = await dialog.showOpenDialog(window, { title, filters, properties: folder ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'] });
      return r.canceled ? [] : r.filePaths;
    },
    saveFile: async ({ title, defaultPath, filters }) => {
      const r = await dialog.showSaveDialog(window, { title, defaultPath, filters });
      return r.canceled ? null : (r.filePath ?? null);
    },
  };
  const services = { library, desk, settings, dialogs, shell, ctx, version: app.getVersion(), openRequests };
  registerHandlers(ipcMain, createHandlers(services), trustOrigin(APP_ORIGIN));
  // Our own menu replaces Electron's default one (which has reload, developer tools and web links).
  installAppMenu(settings, menuActions(window, () => choosePackage(services), openRequests), { platform: process.platform, packaged: app.isPackaged });
  app.on('before-quit', () => (library.closeAll(), desk.closeAll()));
  window.once('ready-to-show', () => window.show());
  // The renderer asks for waiting files when it starts and whenever the window gets the focus.
  app.on('second-instance', (_event, argv) => {
    openRequests.addFromArgv(argv);
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('open-file', () => window.focus());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
start().catch((e) => {
  console.error(e);
  app.exit(1);
});
