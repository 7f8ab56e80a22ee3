import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { invokeHandler, trustOrigin, type HandlerMap } from '../../../electron/ipc/handle';
import { createHandlers } from '../../../electron/ipc/handlers/index';
import type { Dialogs, FileFilter, ShellPort } from '../../../electron/ipc/ports';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { OpenRequests } from '../../../electron/services/openRequests';
import { Library } from '../../../electron/services/library';
import { SettingsStore } from '../../../electron/services/settingsStore';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { IpcResponse } from '../../../shared/ipc/types';
import { fixedContext, tempDir } from '../helpers';

export const APP_URL = 'app://jury/index.html';

/** Dialogs that answer from queues the test fills; every call is recorded. */
export class FakeDialogs implements Dialogs {
  readonly opened: { title: string; filters: FileFilter[] }[] = [];
  readonly saved: { title: string; defaultPath: string; filters: FileFilter[] }[] = [];
  readonly openAnswers: (string | null)[] = [];
  readonly openManyAnswers: string[][] = [];
  readonly openedMany: { title: string; filters: FileFilter[]; folder?: boolean }[] = [];
  readonly saveAnswers: (string | null)[] = [];
  async openFile(opts: { title: string; filters: FileFilter[] }) {
    this.opened.push(opts);
    return this.openAnswers.shift() ?? null;
  }
  async openFiles(opts: { title: string; filters: FileFilter[]; folder?: boolean }) {
    this.openedMany.push(opts);
    return this.openManyAnswers.shift() ?? [];
  }
  async saveFile(opts: { title: string; defaultPath: string; filters: FileFilter[] }) {
    this.saved.push(opts);
    return this.saveAnswers.shift() ?? null;
  }
}

export class FakeShell implements ShellPort {
  readonly calls: [string, string][] = [];
  openPathResult = '';
  async openExternal(url: string) {
    this.calls.push(['openExternal', url]);
  }
  async openPath(path: string) {
    this.calls.push(['openPath', path]);
    return this.openPathResult;
  }
  showItemInFolder(path: string) {
    this.calls.push(['showItemInFolder', path]);
  }
}

export function makeApp() {
  const dataDir = tempDir('jury-app-');
  const ctx = fixedContext();
  const library = new Library(join(dataDir, 'data'), ctx);
  const desk = new ScoringDesk(join(dataDir, 'data'), ctx);
  const openRequests = new OpenRequests();
  onTestFinished(() => (library.closeAll(), desk.closeAll()));
  const settings = new SettingsStore(join(dataDir, 'data'));
  const dialogs = new FakeDialogs();
  const shell = new FakeShell();
  const handlers: HandlerMap = createHandlers({ library, desk, settings, dialogs, shell, ctx, version: '9.9.9', openRequests });
  const trusted = trustOrigin('app://jury');
  /** Calls a channel as the app's own page would, through the IPC wrapper. */
  const call = <C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResponse<OutputOf<C>>> =>
    invokeHandler(handlers, channel, APP_URL, input, trusted, () => {});
  /** Same, and fails the test unless the answer is ok. */
  const value = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.problems)}`);
    return r.value;
  };
  return { dataDir, work: tempDir('jury-work-'), ctx, library, desk, openRequests, settings, dialogs, shell, handlers, call, value };
}
