import { isScored, scoringJurors } from '../../shared/contest/model';
import type { EntryLabel, EntryScoresView, NominationView, ResultsView } from '../../shared/ipc/resultsTypes';
import { ProblemError } from '../../shared/problem';
import { Rational } from '../../shared/exact/rational';
import { panelStatistics } from '../../shared/results/jurorStats';
import { ScoreMatrix } from '../../shared/results/scoreMatrix';
import { decisionsQueries } from '../db/tables/decisionsTable';
import type { ContestWorkspace } from './contestWorkspace';
import type { Db } from '../db/connection';
import { contestResults } from './results';

/** The results screen's data: every nomination ranked, with names, ties, statistics and decisions. */
export function resultsView(ws: ContestWorkspace): ResultsView {
  const { definition, results } = contestResults(ws);
  const stored = new Map(ws.entries().map((e) => [e.id, e]));
  const label = (entry: string): EntryLabel => ({ entry, participant: stored.get(entry)?.participant ?? null, organisation: stored.get(entry)?.organisation ?? null });
  const names = new Map(definition.jury.map((j) => [j.id, j.name]));
  let complete = true;
  const nominations = results.nominations.map((r, i): NominationView => {
    const n = definition.nominations[i];
    const scored = isScored(n) ? n : null;
    const stats = r.totals ? panelStatistics(r.totals) : null;
    const normalised = new Map(stats?.normalised.map((x) => [x.entry, x.rank]) ?? []);
    if (r.incompletePairs > 0 || r.unscored.length > 0 || r.missingPairs > 0) complete = false;
    return {
      id: r.id,
      kind: r.kind,
      name: n.name,
      awards: scored ? scored.awards.places.map((p) => ({ id: p.id, name: p.name })) : [],
      criteria: scored ? scored.criteria.map((c) => ({ id: c.id, name: c.name })) : [],
      acceptsDecision: scored?.tieBreak.includes('decision') ?? false,
      tieBreak: scored?.tieBreak ?? [],
      method: scored?.aggregation.method ?? 'metric',
      rows: r.results.map((x) => ({
        ...label(x.entry),
        rank: x.rank,
        score: r.kind === 'audience' ? x.score.toFixed(0) : x.score.toFixed(2),
        exact: x.score.toString(),
        award: x.award,
        tiebreak: x.tiebreak,
        sharedPlace: x.sharedPlace,
        jurors: x.jurors,
        override: x.override ?? null,
        normalisedRank: normalised.get(x.entry) ?? null,
      })),
      unscored: r.unscored.map(label),
      disqualified: r.disqualified.map((d) => ({ ...label(d.entry), reason: d.reason })),
      incompletePairs: r.incompletePairs,
      recusedPairs: r.recusedPairs,
      missingPairs: r.missingPairs,
      unresolvedTies: r.unresolvedTies,
      jurors: stats?.jurors.map((s) => ({ ...s, name: names.get(s.juror) ?? s.juror })) ?? [],
      disputed: stats?.disputed.slice(0, 100) ?? [],
    };
  });
  const decisions = decisionsQueries(ws.db).decisions();
  return { nominations, complete, decisions };
}

/** Every scoring juror's scores of one entry, per criterion, with totals, recusals and comments. */
export function entryScores(ws: ContestWorkspace, entryId: string): EntryScoresView {
  const definition = ws.definition();
  const entry = ws.entry(entryId);
  const nomination = definition.nominations.filter(isScored).find((n) => n.id === entry.nomination);
  if (!nomination) throw new ProblemError([{ code: 'unknownEntry', params: { id: entryId } }]);
  const { scores, recusal, comment } = entryStatements(ws.db);
  const jurors = scoringJurors(definition).map((j) => {
    const rows = scores.all(j.id, entryId);
    const byCriterion = new Map(rows.map((r) => [r.criterion_id, r.value]));
    const values = nomination.criteria.map((c) => byCriterion.get(c.id) ?? null);
    const recused = recusal.get(j.id, entryId);
    // The same exact arithmetic as the ranking, for the one pair shown.
    const matrix = new ScoreMatrix(nomination, 1, 1);
    values.forEach((v, c) => v !== null && matrix.set(0, 0, c, v));
    const total = recused ? null : matrix.total(0, 0);
    return {
      id: j.id,
      name: j.name,
      scores: values,
      total: total === null ? null : Rational.of(total, matrix.totalScale).toFixed(2),
      recused: recused?.reason ?? null,
      comment: comment.get(j.id, entryId)?.text ?? null,
      enteredBy: rows.find((r) => r.entered_by)?.entered_by ?? recused?.entered_by ?? null,
    };
  });
  return {
    entry: entry.id,
    participant: entry.participant,
    organisation: entry.organisation,
    nomination: nomination.id,
    criteria: nomination.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, weight: c.weight })),
    jurors,
  };
}

const statements = new WeakMap<Db, ReturnType<typeof prepareEntryStatements>>();

/** Prepared once per connection: the detail is asked for entry after entry as the user browses. */
function entryStatements(db: Db) {
  let s = statements.get(db);
  if (!s) statements.set(db, (s = prepareEntryStatements(db)));
  return s;
}

function prepareEntryStatements(db: Db) {
  return {
    scores: db.prepare<[string, string], { criterion_id: string; value: string; entered_by: string | null }>('SELECT criterion_id, value, entered_by FROM scores WHERE juror_id = ? AND entry_id = ?'),
    recusal: db.prepare<[string, string], { reason: string; entered_by: string | null }>('SELECT reason, entered_by FROM recusals WHERE juror_id = ? AND entry_id = ?'),
    comment: db.prepare<[string, string], { text: string }>('SELECT text FROM comments WHERE juror_id = ? AND entry_id = ?'),
  };
}
