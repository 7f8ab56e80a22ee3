import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { ContestWorkspace } from '../../../electron/services/contestWorkspace';
import type { ServiceContext } from '../../../electron/services/context';
import type { JurorWorkspace } from '../../../electron/services/jurorWorkspace';
import { exportPackage } from '../../../electron/services/packageExport';
import { ScoringDesk } from '../../../electron/services/scoringDesk';
import { scoredNominations } from '../../../shared/contest/model';
import { contestWithEntries, fixedContext, tempDir } from '../helpers';

/**
 * best-work (entries 1, 3, 5, 7, 13, 14, 15 in "social" s1…s10; the rest in "innovative" i1…i10,
 * all max 10, step 1), with s2 given step 0.5 and i1 max 5; a package for juror j2 opened on
 * the juror's laptop, whose clock is `jurorCtx`'s (fixed by default).
 */
export async function scoring(jurorCtx: ServiceContext = fixedContext('juror')) {
  const dir = tempDir();
  const db = await contestWithEntries(dir, 'best-work');
  const org = ContestWorkspace.open(db, fixedContext('organiser'));
  const def = org.definition();
  const [social, innovative] = scoredNominations(def);
  social.criteria[1].step = 0.5;
  innovative.criteria[0].max = 5;
  org.saveDefinition(def);
  const pkgPath = join(dir, 'j2.jurypkg');
  exportPackage(org, { jurorId: 'j2', includeMedia: false }, pkgPath);
  const organiserFingerprint = org.organiserFingerprint();
  org.close();
  const desk = new ScoringDesk(join(dir, 'laptop'), jurorCtx);
  onTestFinished(() => desk.closeAll());
  const ws = desk.openPackage(pkgPath);
  return { dir, db, desk, ws, pkgPath, organiserFingerprint };
}

/** A juror's clock the test moves forward by hand. */
export function steppedClock(start = '2026-03-04T10:00:00.000Z') {
  let now = Date.parse(start);
  const ctx: ServiceContext = { ...fixedContext('juror'), now: () => new Date(now) };
  return { ctx, advance: (ms: number) => void (now += ms) };
}

export const journalRows = (ws: JurorWorkspace) => (ws.db.prepare('SELECT count(*) AS n FROM mark_journal').get() as { n: number }).n;

export const snapshot = (ws: JurorWorkspace) => {
  const m = ws.marksNow();
  return { scores: [...m.scores], comments: [...m.comments], recusals: [...m.recusals], journal: journalRows(ws) };
};
