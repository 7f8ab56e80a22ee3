import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoringSummary } from '../../shared/ipc/scoringTypes';
import { ProblemError } from '../../shared/problem';
import type { ServiceContext } from './context';
import { JurorKeyStore } from './jurorKeyStore';
import { JurorWorkspace } from './jurorWorkspace';
import { extractMedia, readPackageFile } from './packageReader';

const SCORING_EXTENSION = 'jury-scoring';

/**
 * The juror's side of the app: the packages opened on this laptop, each scored in its own
 * workspace file in the user's data folder, and the juror's signing key.
 */
export class ScoringDesk {
  readonly folder: string;
  readonly keys: JurorKeyStore;
  private readonly open = new Map<string, JurorWorkspace>();

  constructor(
    dataDir: string,
    private readonly ctx: ServiceContext,
  ) {
    this.folder = join(dataDir, 'scoring');
    this.keys = new JurorKeyStore(dataDir, ctx);
    mkdirSync(this.folder, { recursive: true });
  }

  list(): ScoringSummary[] {
    const out: ScoringSummary[] = [];
    for (const name of readdirSync(this.folder).filter((n) => n.endsWith(`.${SCORING_EXTENSION}`)).sort()) {
      try {
        out.push(summaryOf(this.at(join(this.folder, name))));
      } catch {
        // a damaged or newer workspace is left alone; it is not listed rather than listed wrong
      }
    }
    return out;
  }

  /**
   * Verifies a package and opens its workspace: a new one, or the juror's existing one for the
   * same contest brought up to this package (their marks kept). Media are extracted and checked
   * before anything is written to the workspace.
   */
  openPackage(packagePath: string): JurorWorkspace {
    const pkg = readPackageFile(packagePath);
    const stem = `${pkg.payload.contest.uid.replace(/[^A-Za-z0-9-]/g, '').slice(0, 40)}-${safe(pkg.payload.juror.id)}`;
    const path = join(this.folder, `${stem}.${SCORING_EXTENSION}`);
    const existing = existsSync(path) ? this.at(path) : null;
    if (existing?.packageInfo.sha256 === pkg.sha256) return existing;
    const mediaDir = join(this.folder, `${stem}.media`);
    if (pkg.payload.media.length) extractMedia(packagePath, pkg, mediaDir);
    existing?.close();
    if (existing) this.open.delete(existing.workspaceId);
    const ws = JurorWorkspace.fromPackage(path, pkg, mediaDir, this.ctx);
    this.open.set(ws.workspaceId, ws);
    return ws;
  }

  get(workspaceId: string): JurorWorkspace {
    const ws = this.open.get(workspaceId);
    if (ws) return ws;
    this.list();
    const found = this.open.get(workspaceId);
    if (!found) throw new ProblemError([{ code: 'unknownContest' }]);
    return found;
  }

  closeAll(): void {
    for (const ws of this.open.values()) ws.close();
    this.open.clear();
  }

  private at(path: string): JurorWorkspace {
    for (const ws of this.open.values()) if (ws.path === path) return ws;
    const ws = JurorWorkspace.open(path, this.ctx);
    this.open.set(ws.workspaceId, ws);
    return ws;
  }
}

function summaryOf(ws: JurorWorkspace): ScoringSummary {
  const last = ws.lastSubmission();
  return { workspaceId: ws.workspaceId, path: ws.path, title: ws.definition().title, juror: { id: ws.jurorId, name: ws.packageInfo.juror_name }, entries: ws.entries().length, lastRevision: last?.revision ?? null };
}

const safe = (id: string) => id.replace(/[\\/:*?"<>|\u0000-\u001f.]+/g, '_').slice(0, 60) || 'juror';
