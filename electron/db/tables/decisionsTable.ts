import type { AwardOverride, TieDecision } from '../../../shared/results/types';
import { decisionKey } from '../../../shared/results/tieBreak';
import type { Db } from '../connection';

export interface DecisionRecord extends TieDecision {
  decidedAt: string;
  actor: string;
}

export interface OverrideRecord extends AwardOverride {
  decidedAt: string;
  actor: string;
}

/** The jury's recorded votes on ties that survived the chain, and the organiser's award overrides. */
export function decisionsQueries(db: Db) {
  const decisions = db.prepare<[], { nomination: string; ordering: string; reason: string; decided_at: string; actor: string }>(
    'SELECT nomination, ordering, reason, decided_at, actor FROM tie_decisions ORDER BY id',
  );
  const putDecision = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO tie_decisions (nomination, entries, ordering, reason, decided_at, actor) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (nomination, entries) DO UPDATE SET ordering = excluded.ordering, reason = excluded.reason, decided_at = excluded.decided_at, actor = excluded.actor`,
  );
  const delDecision = db.prepare<[string, string]>('DELETE FROM tie_decisions WHERE nomination = ? AND entries = ?');
  const overrides = db.prepare<[], { nomination: string; entry_id: string; award: string | null; reason: string; decided_at: string; actor: string }>(
    'SELECT nomination, entry_id, award, reason, decided_at, actor FROM award_overrides ORDER BY nomination, entry_id',
  );
  const putOverride = db.prepare<[string, string, string | null, string, string, string]>(
    `INSERT INTO award_overrides (nomination, entry_id, award, reason, decided_at, actor) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (nomination, entry_id) DO UPDATE SET award = excluded.award, reason = excluded.reason, decided_at = excluded.decided_at, actor = excluded.actor`,
  );
  const delOverride = db.prepare<[string, string]>('DELETE FROM award_overrides WHERE nomination = ? AND entry_id = ?');
  return {
    decisions: (): DecisionRecord[] =>
      decisions.all().map((r) => ({ nomination: r.nomination, ordering: JSON.parse(r.ordering) as string[], reason: r.reason, decidedAt: r.decided_at, actor: r.actor })),
    putDecision: (d: TieDecision, at: string, actor: string) => putDecision.run(d.nomination, decisionKey(d.ordering), JSON.stringify(d.ordering), d.reason, at, actor),
    deleteDecision: (nomination: string, entries: readonly string[]) => delDecision.run(nomination, decisionKey(entries)),
    overrides: (): OverrideRecord[] =>
      overrides.all().map((r) => ({ nomination: r.nomination, entry: r.entry_id, award: r.award, reason: r.reason, decidedAt: r.decided_at, actor: r.actor })),
    putOverride: (o: AwardOverride, at: string, actor: string) => putOverride.run(o.nomination, o.entry, o.award, o.reason, at, actor),
    deleteOverride: (nomination: string, entry: string) => delOverride.run(nomination, entry),
  };
}
