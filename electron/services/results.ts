import { ineligibilityReason } from '../../shared/entries/status';
import { isScored, type ContestDefinition, type ScoredNomination } from '../../shared/contest/model';
import { ProblemError } from '../../shared/problem';
import { computeResults, ScoreMisfit } from '../../shared/results/computeResults';
import { type ContestResults, type ResultEntry, type TieDecision, type AwardOverride } from '../../shared/results/types';
import { decisionsQueries } from '../db/tables/decisionsTable';
import type { Db } from '../db/connection';
import type { ContestWorkspace } from './contestWorkspace';
import { assignedEntries } from './assignments';
import type { Statement } from 'better-sqlite3';

interface Statements {
  scores: Statement<[], [string, string, string]>;
  recusals: Statement<[], [string, string]>;
}
const statements = new WeakMap<Db, Statements>();

/** Statements prepared once per connection: results are recomputed often while the organiser works. */
function prepared(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = {
      // One row per juror × entry with its scores joined into one string: SQLite walks 1.5 million
      // scores in C far faster than a million rows can cross into JavaScript one by one.
      scores: db
        .prepare<[], [string, string, string]>(`SELECT juror_id, entry_id, group_concat(criterion_id || char(31) || value, char(30)) FROM scores GROUP BY juror_id, entry_id`)
        .raw(true),
      recusals: db.prepare<[], [string, string]>('SELECT juror_id, entry_id FROM recusals').raw(true),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * The results of the contest as it stands in its database: every merged and typed score, the
 * recusals, the jury's recorded tie decisions and the organiser's award overrides. Read in one
 * transaction so that a merge committing meanwhile cannot show half a juror.
 */
export function contestResults(ws: ContestWorkspace): { definition: ContestDefinition; entries: ResultEntry[]; results: ContestResults } {
  return ws.db.transaction(() => {
    const definition = ws.definition();
    const entries: ResultEntry[] = ws.entries().map((e) => ({
      id: e.id,
      nomination: e.nomination,
      eligible: e.eligible,
      reason: ineligibilityReason(e, definition.language),
      likes: e.likes,
      comments: e.comments,
      views: e.views,
    }));
    // Ids hold no control characters (the contest validator refuses them), so the separators are safe.
    const { scores, recusals } = prepared(ws.db);
    const q = decisionsQueries(ws.db);
    try {
      const results = computeResults({
        definition,
        entries,
        forEachPair: (visit) => {
          for (const [juror, entry, packed] of scores.all()) visit(juror, entry, packed);
        },
        recusals: recusals.all().map(([juror, entry]) => ({ juror, entry })),
        decisions: q.decisions(),
        overrides: q.overrides(),
        assigned: assignedEntries(ws),
      });
      return { definition, entries, results };
    } catch (e) {
      if (e instanceof ScoreMisfit) throw new ProblemError([{ code: 'scoreNoLongerFits', file: ws.summary().fileName, params: e.params }]);
      throw e;
    }
  })();
}

/**
 * Records the jury's vote on a tie that survived the chain: the order of exactly these entries
 * and why. The nomination's chain must contain `decision` for it to count; it goes into the
 * audit log and the protocol.
 */
export function recordTieDecision(ws: ContestWorkspace, d: TieDecision): void {
  const reason = d.reason.trim();
  if (!reason) throw new ProblemError([{ code: 'reasonRequired' }]);
  scoredNomination(ws, d.nomination);
  if (new Set(d.ordering).size !== d.ordering.length || d.ordering.length < 2) throw new ProblemError([{ code: 'invalidInput', field: 'ordering', params: { detail: 'two or more different entries' } }]);
  for (const id of d.ordering) ws.entry(id);
  ws.db.transaction(() => {
    decisionsQueries(ws.db).putDecision({ ...d, reason }, ws.ctx.now().toISOString(), ws.ctx.actor());
    ws.audit('tieDecision', null, reason, { nomination: d.nomination, ordering: d.ordering });
  })();
}

export function removeTieDecision(ws: ContestWorkspace, nomination: string, entries: string[], reason: string): void {
  ws.db.transaction(() => {
    decisionsQueries(ws.db).deleteDecision(nomination, entries);
    ws.audit('tieDecisionRemoved', null, reason.trim() || null, { nomination, entries });
  })();
}

/** The organiser's override of one entry's award (null: no award), always with a reason. */
export function overrideAward(ws: ContestWorkspace, o: AwardOverride): void {
  const reason = o.reason.trim();
  if (!reason) throw new ProblemError([{ code: 'reasonRequired' }]);
  const nomination = scoredNomination(ws, o.nomination);
  const awards = nomination.awards.places.map((p) => p.id);
  if (o.award !== null && !awards.includes(o.award)) throw new ProblemError([{ code: 'oneOf', field: 'award', params: { value: o.award, allowed: awards.join(', ') } }]);
  ws.entry(o.entry);
  ws.db.transaction(() => {
    decisionsQueries(ws.db).putOverride({ ...o, reason }, ws.ctx.now().toISOString(), ws.ctx.actor());
    ws.audit('awardOverride', o.entry, reason, { nomination: o.nomination, award: o.award });
  })();
}

export function removeAwardOverride(ws: ContestWorkspace, nomination: string, entry: string, reason: string): void {
  ws.db.transaction(() => {
    decisionsQueries(ws.db).deleteOverride(nomination, entry);
    ws.audit('awardOverrideRemoved', entry, reason.trim() || null, { nomination });
  })();
}

function scoredNomination(ws: ContestWorkspace, id: string): ScoredNomination {
  const scored = ws.definition().nominations.filter(isScored);
  const found = scored.find((n) => n.id === id);
  if (!found) throw new ProblemError([{ code: 'unknownNomination', field: 'nomination', params: { value: id, allowed: scored.map((n) => n.id).join(', ') } }]);
  return found;
}
