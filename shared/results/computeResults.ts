import { isAudience, scoringJurors, type AudienceNomination, type ScoredNomination } from '../contest/model';
import { Rational } from '../exact/rational';
import { aggregate, aggregateWholeNumbers } from './aggregate';
import { awardFor } from './awards';
import { ScoreMatrix } from './scoreMatrix';
import { breakTies, decisionKey, type Contender } from './tieBreak';
import type { ContestResults, NominationResults, RankedEntry, ResultEntry, ResultsInput } from './types';

interface NominationData {
  nomination: ScoredNomination;
  /** The nomination's eligible entries, in registry order; their index is the matrix row. */
  eligible: ResultEntry[];
  ineligible: ResultEntry[];
  matrix: ScoreMatrix;
}

/** A stored score that no longer fits its criterion: the contest's criteria changed after the merge. */
export class ScoreMisfit extends RangeError {
  constructor(readonly params: { value: string; juror: string; entry: string; criterion: string; max: number; step: number }) {
    super(`the score ${params.value} of juror ${params.juror} for entry ${params.entry} no longer fits criterion ${params.criterion}`);
  }
}

/**
 * The whole of SCORING.md §1–4 for one contest: juror totals, aggregates, ranking with the
 * tie-break chain, awards, audience nominations, and the entries listed apart (disqualified,
 * unscored). Pure and exact: the same input always gives the same results, in any input order.
 */
export function computeResults(input: ResultsInput): ContestResults {
  const { definition } = input;
  const jurors = scoringJurors(definition);
  const jurorIndex = new Map(jurors.map((j, i) => [j.id, i]));
  const chair = jurors.findIndex((j) => j.role === 'chair');
  const order = new Map(input.entries.map((e, i) => [e.id, i]));

  const data = new Map<string, NominationData>();
  for (const n of definition.nominations) if (!isAudience(n)) data.set(n.id, { nomination: n, eligible: [], ineligible: [], matrix: null! });
  for (const e of input.entries) {
    const d = e.nomination === null ? undefined : data.get(e.nomination);
    if (d) (e.eligible ? d.eligible : d.ineligible).push(e);
  }
  const where = new Map<string, { d: NominationData; row: number }>();
  for (const d of data.values()) {
    d.matrix = new ScoreMatrix(d.nomination, d.eligible.length, jurors.length);
    d.eligible.forEach((e, row) => where.set(e.id, { d, row }));
  }

  input.forEachPair((juror, entry, packed) => {
    const j = jurorIndex.get(juror);
    const at = where.get(entry);
    if (j === undefined || !at) return;
    // Scores are checked against range and step when they are merged; one that does not fit the
    // criterion here means the contest's criteria changed after the merge, and guessing would be wrong.
    const bad = at.d.matrix.setPacked(at.row, j, packed);
    if (bad) {
      const c = at.d.nomination.criteria.find((x) => x.id === bad.criterion)!;
      throw new ScoreMisfit({ value: bad.value, juror, entry, criterion: bad.criterion, max: c.max, step: c.step });
    }
  });
  for (const r of input.recusals) {
    const j = jurorIndex.get(r.juror);
    const at = where.get(r.entry);
    if (j !== undefined && at) at.d.matrix.recused[at.row * jurors.length + j] = 1;
  }

  const decisions = new Map((input.decisions ?? []).map((d) => [`${d.nomination}\u0000${decisionKey(d.ordering)}`, d.ordering]));
  const overrides = new Map((input.overrides ?? []).map((o) => [`${o.nomination}\u0000${o.entry}`, o]));
  const nominations = definition.nominations.map((n): NominationResults => {
    const results = isAudience(n)
      ? rankAudience(n, input.entries)
      : rankScored(data.get(n.id)!, jurors.map((j) => j.id), chair, order, (ids) => decisions.get(`${n.id}\u0000${decisionKey(ids)}`), input.assigned);
    for (const r of results.results) {
      const o = overrides.get(`${n.id}\u0000${r.entry}`);
      if (o && o.award !== r.award) Object.assign(r, { override: { computed: r.award, reason: o.reason }, award: o.award });
    }
    return results;
  });
  return { nominations };
}

/** T(j,e) of every juror, exact, null where the juror has none. */
function jurorTotals(matrix: ScoreMatrix, row: number): (bigint | null)[] {
  return Array.from({ length: matrix.jurorCount }, (_, j) => matrix.total(row, j));
}

function countTotals(matrix: ScoreMatrix, row: number): number {
  let n = 0;
  for (let j = 0; j < matrix.jurorCount; j++) if (!Number.isNaN(matrix.totalNumber(row, j))) n++;
  return n;
}

function rankScored(
  d: NominationData,
  jurorIds: string[],
  chair: number,
  order: Map<string, number>,
  decisionFor: (ids: readonly string[]) => string[] | undefined,
  assigned: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): NominationResults {
  const { matrix, nomination } = d;
  const contenders: Contender[] = [];
  const unscored: string[] = [];
  let incompletePairs = 0;
  let recusedPairs = 0;
  let missingPairs = 0;
  const given = jurorIds.map((j) => assigned.get(j));
  const table = new Float64Array(d.eligible.length * matrix.jurorCount).fill(NaN);
  const scale = Number(matrix.totalScale);
  const J = matrix.jurorCount;
  const present: number[] = [];
  d.eligible.forEach((e, row) => {
    present.length = 0;
    for (let j = 0; j < J; j++) {
      const t = matrix.totalNumber(row, j);
      if (!Number.isNaN(t)) {
        present.push(t);
        table[row * J + j] = t / scale;
      } else if (matrix.recused[row * J + j]) recusedPairs++;
      else if (matrix.touched(row, j)) incompletePairs++;
      else if (!given[j] || given[j]!.has(e.id)) missingPairs++;
    }
    // Whole numbers below 2^53 (ScoreMatrix.fitsInNumbers) add up exactly as numbers; the rare
    // contest whose scales are finer goes through BigInt.
    const a = matrix.fitsInNumbers
      ? aggregateWholeNumbers(present, nomination.aggregation, matrix.totalScale)
      : aggregate(jurorTotals(matrix, row).filter((t): t is bigint => t !== null), nomination.aggregation, matrix.totalScale);
    if (a === null) unscored.push(e.id);
    else contenders.push({ id: e.id, order: order.get(e.id)!, aggregate: a, totals: [], jurors: [] });
  });
  contenders.sort((a, b) => b.aggregate.cmp(a.aggregate) || a.order - b.order);

  const rowOf = new Map(d.eligible.map((e, row) => [e.id, row]));
  const ctx = {
    aggregation: nomination.aggregation,
    criteria: matrix.criteria,
    criterionScore: (e: Contender, c: number, j: number) => BigInt(matrix.score(rowOf.get(e.id)!, j, c)),
    criterionNumber: matrix.fitsInNumbers ? (e: Contender, c: number, j: number) => matrix.score(rowOf.get(e.id)!, j, c) : undefined,
    scoreScale: 10n ** BigInt(matrix.scoreDecimals),
    chair,
    decisionFor,
  };
  const results: RankedEntry[] = [];
  const unresolvedTies: string[][] = [];
  for (let i = 0; i < contenders.length; ) {
    let end = i + 1;
    while (end < contenders.length && contenders[end].aggregate.cmp(contenders[i].aggregate) === 0) end++;
    const tied = contenders.slice(i, end);
    if (tied.length > 1) {
      // Only tied entries need every juror's total, for the tie-break rules.
      for (const c of tied) {
        c.totals = jurorTotals(matrix, rowOf.get(c.id)!);
        c.jurors = c.totals.flatMap((t, j) => (t === null ? [] : [j]));
      }
    }
    const { groups, notes } = tied.length > 1 ? breakTies(tied, nomination.tieBreak, ctx) : { groups: [tied], notes: new Map() };
    for (const g of groups) {
      // Standard competition ranking: 1 + the number of entries placed above.
      const rank = results.length + 1;
      if (g.length > 1) unresolvedTies.push(g.map((e) => e.id));
      for (const e of g) {
        results.push({ entry: e.id, rank, score: e.aggregate, award: awardFor(nomination.awards, rank, e.aggregate), tiebreak: notes.get(e.id) ?? null, sharedPlace: g.length > 1, jurors: tied.length > 1 ? e.jurors.length : countTotals(matrix, rowOf.get(e.id)!) });
      }
    }
    i = end;
  }
  return {
    id: nomination.id,
    kind: 'scored',
    results,
    unscored,
    disqualified: d.ineligible.map((e) => ({ entry: e.id, reason: e.reason ?? '' })),
    incompletePairs,
    recusedPairs,
    missingPairs,
    unresolvedTies,
    totals: { entries: d.eligible.map((e) => e.id), jurors: jurorIds, totals: table, maxTotal: nomination.criteria.reduce((s, c) => s + c.max * c.weight, 0) },
  };
}

/**
 * Every eligible entry with a value for the metric, whatever its scored nomination, by the
 * metric, highest first, competition ranking; ranks 1..N win and ties across N all win. Only
 * the winners are listed, the metric as score and the nomination's id as award.
 */
function rankAudience(n: AudienceNomination, entries: readonly ResultEntry[]): NominationResults {
  const candidates = entries.filter((e) => e.eligible && e[n.metric] !== null).map((e, order) => ({ id: e.id, value: e[n.metric]!, order }));
  candidates.sort((a, b) => b.value - a.value || a.order - b.order);
  const results: RankedEntry[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const shared = (k: number) => k >= 0 && k < candidates.length && candidates[k].value === candidates[i].value;
    const rank = shared(i - 1) ? results[i - 1].rank : i + 1;
    if (rank > n.count) break;
    results.push({ entry: candidates[i].id, rank, score: Rational.fromInt(candidates[i].value), award: n.id, tiebreak: null, sharedPlace: shared(i - 1) || shared(i + 1), jurors: 0 });
  }
  return { id: n.id, kind: 'audience', results, unscored: [], disqualified: [], incompletePairs: 0, recusedPairs: 0, missingPairs: 0, unresolvedTies: [] };
}
