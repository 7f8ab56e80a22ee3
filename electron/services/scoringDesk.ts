import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fingerprint, fromBase64 } from '../../shared/crypto/signing';
import type { VerifiedPackage } from '../../shared/package/packageFile';
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
    const stem = `${safe(pkg.payload.contest.uid, /[^A-Za-z0-9-]+/g, 40)}-${safe(pkg.payload.juror.id, /[\\/:*?"<>|\u0000-\u001f.]+/g, 60)}`;
    const path = join(this.folder, `${stem}.${SCORING_EXTENSION}`);
    const existing = existsSync(path) ? this.at(path) : null;
    if (existing?.packageInfo.sha256 === pkg.sha256) return existing;
    // Checked before any media is extracted: a package from someone else must not replace the
    // videos of the workspace the juror is scoring in.
    if (existing) refuseForeign(existing, pkg, basename(packagePath));
    if (existing) refuseNotNewer(existing, pkg, basename(packagePath));
    const mediaDir = join(this.folder, `${stem}.media`);
    if (pkg.payload.media.length) extractMedia(packagePath, pkg, mediaDir);
    existing?.close();
    if (existing) this.open.delete(existing.workspaceId);
    let ws: JurorWorkspace;
    try {
      ws = JurorWorkspace.fromPackage(path, pkg, mediaDir, this.ctx);
    } catch (e) {
      // A new workspace that could not take the package is not left half-made: it would stand in
      // the way of this contest and juror (refused as damaged) every time a package is opened.
      if (!existing) {
        for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(f, { force: true });
        rmSync(mediaDir, { recursive: true, force: true });
      }
      throw e;
    }
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

/**
 * An id made safe for a file name. When anything had to be replaced or cut, a hash of the whole
 * id is added, so that two ids ("j.1" and "j_1") never share one workspace file.
 */
function safe(id: string, unsafe: RegExp, max: number): string {
  const cleaned = id.replace(unsafe, '_').slice(0, max);
  return cleaned === id && id ? id : `${cleaned}~${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/**
 * An older package (a file left on the USB stick) must not take back entries a newer one gave.
 * The moments are compared as times, not as text: "…T10:00:00Z" and "…T15:00:00+05:00" are the
 * same moment, and text order would put a package made at 14:00+05:00 after one of 10:00Z.
 * Two different packages made at the same moment cannot be ordered at all: the one in use stays,
 * and the other is refused as such, not as "older". (The same bytes opened again never get here:
 * they just open.)
 */
function refuseNotNewer(ws: JurorWorkspace, pkg: VerifiedPackage, file: string): void {
  const made = Date.parse(pkg.payload.createdAt);
  const current = Date.parse(ws.packageInfo.created_at);
  const params = { made: pkg.payload.createdAt, current: ws.packageInfo.created_at };
  if (made === current) throw new ProblemError([{ code: 'samePackageTime', file, params }]);
  // Not "made < current": a moment that does not parse (never in a verified package) is refused too.
  if (!(made > current)) throw new ProblemError([{ code: 'olderPackage', file, params }]);
}

/** A package may only update a workspace made from a package of the same organiser key. */
function refuseForeign(ws: JurorWorkspace, pkg: VerifiedPackage, file: string): void {
  const current = ws.packageInfo;
  if (current.organiser_key !== pkg.publicKey) {
    const expected = fromBase64(current.organiser_key);
    throw new ProblemError([{ code: 'otherOrganiser', file, params: { fingerprint: pkg.fingerprint, expected: expected ? fingerprint(expected) : current.organiser_key } }]);
  }
}
