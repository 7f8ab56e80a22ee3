import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ContestDefinition } from '../../shared/contest/model';
import { localize } from '../../shared/contest/localized';
import type { ContestSummary } from '../../shared/ipc/types';
import { ProblemError } from '../../shared/problem';
import type { ServiceContext } from './context';
import { ContestWorkspace } from './contestWorkspace';
import { writeFileDurably } from './durableFile';

export const CONTEST_EXTENSION = 'jury';

/**
 * The contests this user works with: files in the app's contests folder and any opened
 * from elsewhere (a USB stick, a shared folder). Each contest is one SQLite file; the
 * library only remembers their paths and keeps the open ones.
 */
export class Library {
  readonly contestsFolder: string;
  private readonly listFile: string;
  private readonly open = new Map<string, ContestWorkspace>();

  constructor(
    dataDir: string,
    private readonly ctx: ServiceContext,
  ) {
    this.contestsFolder = join(dataDir, 'contests');
    this.listFile = join(dataDir, 'library.json');
    mkdirSync(this.contestsFolder, { recursive: true });
  }

  list(): ContestSummary[] {
    return this.paths().map((path) => {
      try {
        return this.workspaceAt(path).summary();
      } catch (e) {
        const problem = e instanceof ProblemError ? e.problems[0] : { code: 'io' as const, params: { detail: String(e) } };
        return { contestId: `missing:${path}`, uid: '', path, fileName: basename(path), title: basename(path), date: null, entries: 0, updatedAt: '', problem };
      }
    });
  }

  create(definition: ContestDefinition): ContestWorkspace {
    const path = this.freshPath(localize(definition.title, definition.language));
    const ws = ContestWorkspace.create(path, definition, this.ctx);
    this.open.set(ws.contestId, ws);
    this.remember(path);
    return ws;
  }

  /** Opens a contest file from anywhere and adds it to the list. */
  openFile(path: string): ContestWorkspace {
    const ws = this.workspaceAt(resolve(path));
    this.remember(ws.path);
    return ws;
  }

  get(contestId: string): ContestWorkspace {
    const ws = this.open.get(contestId);
    if (ws) return ws;
    for (const path of this.paths()) {
      try {
        if (this.workspaceAt(path).contestId === contestId) return this.open.get(contestId)!;
      } catch {
        // a missing file is listed with its problem; it cannot be the one asked for
      }
    }
    throw new ProblemError([{ code: 'unknownContest' }]);
  }

  /** Removes a contest from the list; the file itself stays where it is. */
  forget(contestId: string): void {
    const ws = this.open.get(contestId);
    const path = ws?.path ?? (contestId.startsWith('missing:') ? contestId.slice('missing:'.length) : undefined);
    if (ws) {
      ws.close();
      this.open.delete(contestId);
    }
    if (path) this.writePaths(this.paths().filter((p) => p !== path));
  }

  closeAll(): void {
    for (const ws of this.open.values()) ws.close();
    this.open.clear();
  }

  private workspaceAt(path: string): ContestWorkspace {
    for (const ws of this.open.values()) if (ws.path === path) return ws;
    const ws = ContestWorkspace.open(path, this.ctx);
    this.open.set(ws.contestId, ws);
    return ws;
  }

  private paths(): string[] {
    if (!existsSync(this.listFile)) return [];
    try {
      const list = JSON.parse(readFileSync(this.listFile, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return [];
    }
  }

  private remember(path: string): void {
    const list = this.paths();
    if (!list.includes(path)) this.writePaths([path, ...list]);
  }

  private writePaths(list: string[]): void {
    writeFileDurably(this.listFile, `${JSON.stringify(list, null, 2)}\n`);
  }

  /** A readable file name from the title, made unique: "Барлығына рақмет челленджі.jury". */
  private freshPath(title: string): string {
    const stem = title.replace(/[\\/:*?"<>|«»“”\u0000-\u001f]+/g, '').replace(/\s+/g, ' ').trim().slice(0, 80) || 'contest';
    for (let n = 1; ; n++) {
      const path = join(this.contestsFolder, `${stem}${n > 1 ? ` (${n})` : ''}.${CONTEST_EXTENSION}`);
      if (!existsSync(path)) return path;
    }
  }
}
