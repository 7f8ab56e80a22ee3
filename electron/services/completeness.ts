import { scoredNominations } from '../../shared/contest/model';
import { completeness, type Completeness } from '../../shared/merge/completeness';
import type { MergeStatus } from '../../shared/ipc/mergeTypes';
import { mergeQueries } from '../db/tables/mergeTable';
import { organiserMarksQueries } from '../db/tables/organiserMarksTable';
import type { ContestWorkspace } from './contestWorkspace';
import { assignedEntries } from './assignments';

/**
 * The completeness matrix of the contest as it stands: scoring jurors × eligible entries per
 * scored nomination. The counting is done by SQLite (one row per juror and entry, not per
 * score), so 15 jurors × 10,000 entries × 10 criteria come back in a fraction of a second.
 */
export function contestCompleteness(ws: ContestWorkspace): Completeness {
  const def = ws.definition();
  const entries = ws.entries();
  const m = organiserMarksQueries(ws.db);
  const nominationOf = new Map(entries.map((e) => [e.id, e.nomination]));
  const scored = new Map<string, Map<string, number>>();
  // One pass per nomination over its own criteria: a score left from a criterion since removed,
  // or from before the entry moved to another nomination, does not complete an entry.
  for (const n of scoredNominations(def)) {
    for (const [juror, entry, count] of m.tally(n.criteria.map((c) => c.id))) {
      if (nominationOf.get(entry) !== n.id) continue;
      let mine = scored.get(juror);
      if (!mine) scored.set(juror, (mine = new Map()));
      mine.set(entry, count);
    }
  }
  const recused = new Map<string, Set<string>>();
  for (const [juror, entry] of m.recusals()) {
    let mine = recused.get(juror);
    if (!mine) recused.set(juror, (mine = new Set()));
    mine.add(entry);
  }
  return completeness(def, entries, { scored, recused }, undefined, assignedEntries(ws));
}

/** The keys known for each juror and every juror file merged, for the merge screen. */
export function mergeStatus(ws: ContestWorkspace): MergeStatus {
  const q = mergeQueries(ws.db);
  const files = q.files();
  const newest = new Map<string, number>();
  for (const f of files) newest.set(f.juror_id, Math.max(newest.get(f.juror_id) ?? 0, f.revision));
  return {
    keys: q.keys().map((k) => ({ jurorId: k.juror_id, fingerprint: k.fingerprint, firstSeenAt: k.first_seen_at })),
    files: files.map((f) => ({
      jurorId: f.juror_id,
      revision: f.revision,
      fileName: f.file_name,
      sha256: f.sha256,
      fingerprint: f.fingerprint,
      createdAt: f.created_at,
      mergedAt: f.merged_at,
      actor: f.actor,
      scores: f.scores,
      current: newest.get(f.juror_id) === f.revision,
    })),
  };
}
