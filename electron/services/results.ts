import { ineligibilityReason } from '../../shared/entries/status';
import { isScored, type ContestDefinition, type ScoredNomination } from '../../shared/contest/model';
import { ProblemError } from '../../shared/problem';
import { computeResults, ScoreMisfit } from '../../shared/results/computeResults';
import { SCORE_SEPARATOR, type ContestResults, type PairVisitor, type ResultEntry, type TieDecision, type AwardOverride } from '../../shared/results/types';

import { decisionsQueries } from '../db/tables/decisionsTable';
import type { Db } from '../db/connection';
import type { ContestWorkspace } from './contestWorkspace';
import { assignedEntries } from './assignments';
import type { Statement } from 'better-sqlite3';

const PAIR_SEPARATOR = '\u001d';
const SEPARATORS = /[\u001d-\u001f]/;

interface Statements {
  byJuror: Statement<[], [string, string]>;
  byPair: Statement<[], [string, string, string]>;
  recusals: Statement<[], [string, string]>;
}
const statements = new WeakMap<Db, Statements>();

/** Statements prepared once per connection: results are recomputed often while the organiser works. */
function prepared(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = {
      // SQLite walks 1.5 million scores in C far faster than they can cross into JavaScript one
      // row at a time, so the scores come packed (see PairVisitor). One row per juror: each
      // entry's id, U+001E, its packed scores; entries apart by U+001D. 15 strings cross instead
      // of 150,000 rows of three, a third faster and far less for the garbage collector.
      byJuror: db
        .prepare<[], [string, string]>(
          `SELECT juror_id, group_concat(pair, char(29)) FROM (SELECT juror_id, entry_id || char(30) || group_concat(criterion_id || char(31) || value, char(30)) AS pair FROM scores GROUP BY juror_id, entry_id) GROUP BY juror_id`,
        )
        .raw(true),
      // One row per juror × entry, for a contest whose entry ids hold those separators.
      byPair: db.prepare<[], [string, string, string]>(`SELECT juror_id, entry_id, group_concat(criterion_id || char(31) || value, char(30)) FROM scores GROUP BY juror_id, entry_id`).raw(true),
      recusals: db.prepare<[], [string, string]>('SELECT juror_id, entry_id FROM recusals').raw(true),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * Every juror × entry pair's packed scores. Juror and criterion ids hold no control characters
 * (the contest validator refuses them), nor do entry ids imported since this check; an older
 * contest file whose entry ids do is read pair by pair, slower but exact.
 */
function visitScores(s: Statements, entryIds: readonly string[], visit: PairVisitor): void {
  if (entryIds.some((id) => SEPARATORS.test(id))) {
    for (const [juror, entry, packed] of s.byPair.all()) visit(juror, entry, packed);
    return;
  }
  for (const [juror, pairs] of s.byJuror.all()) {
    for (let pos = 0; pos < pairs.length; ) {
      let end = pairs.indexOf(PAIR_SEPARATOR, pos);
      if (end < 0) end = pairs.length;
      const idEnd = pairs.indexOf(SCORE_SEPARATOR, pos);
      visit(juror, pairs.slice(pos, idEnd), pairs.slice(idEnd + 1, end));
      pos = end + 1;
    }
  }
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
    const statementsOf = prepared(ws.db);
    const { recusals } = statementsOf;
    const q = decisionsQueries(ws.db);
    try {
      const results = computeResults({
        definition,
        entries,
        forEachPair: (visit) => visitScores(statementsOf, entries.map((e) => e.id), visit),
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
