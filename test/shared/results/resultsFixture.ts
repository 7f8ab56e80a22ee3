import type { AwardScheme, ContestDefinition, Criterion, Nomination, TieBreakRule } from '../../../shared/contest/model';
import { computeResults } from '../../../shared/results/computeResults';
import { packScores, type AwardOverride, type ContestResults, type ResultEntry, type TieDecision } from '../../../shared/results/types';

/** A panel of jurors j1…jN; j1 is the chair unless told otherwise. */
export function panel(n: number, chair: string | null = 'j1'): ContestDefinition['jury'] {
  const jury: ContestDefinition['jury'] = Array.from({ length: n }, (_, i) => ({ id: `j${i + 1}`, name: `Қазы ${i + 1}`, role: `j${i + 1}` === chair ? 'chair' : 'member' }));
  jury.push({ id: 's1', name: 'Хатшы', role: 'secretary' });
  return jury;
}

export function criteria(...specs: (string | Partial<Criterion> & { id: string })[]): Criterion[] {
  return specs.map((s) => (typeof s === 'string' ? { id: s, name: s, max: 10, step: 1, weight: 1 } : { name: s.id, max: 10, step: 1, weight: 1, ...s }));
}

export function nomination(opts: { id?: string; criteria?: Criterion[]; method?: 'sum' | 'mean' | 'trimmed-mean' | 'median'; trim?: number; tieBreak?: TieBreakRule[]; awards?: AwardScheme }): Nomination {
  return {
    id: opts.id ?? 'main',
    name: opts.id ?? 'main',
    criteria: opts.criteria ?? criteria('a'),
    aggregation: { method: opts.method ?? 'mean', ...(opts.trim !== undefined ? { trim: opts.trim } : {}) },
    tieBreak: opts.tieBreak ?? [],
    awards: opts.awards ?? { mode: 'count', places: [] },
  };
}

export function contest(nominations: Nomination[], jury = panel(3)): ContestDefinition {
  return { format: 'jury.contest/1', title: 'Байқау', language: 'kk', jury, nominations };
}

export function entry(id: string, nomination: string | null = 'main', extra: Partial<ResultEntry> = {}): ResultEntry {
  return { id, nomination, eligible: true, reason: null, likes: null, comments: null, views: null, ...extra };
}

/** Scores as rows [juror, entry, criterion, value]. */
export type ScoreRow = [string, string, string, string];

/**
 * Scores of a one-criterion nomination as a table: `{ e1: [7, 8, null], … }` gives juror j1 7,
 * j2 8 and j3 nothing for entry e1 on criterion `a`.
 */
export function table(t: Record<string, (number | string | null)[]>, criterion = 'a'): ScoreRow[] {
  return Object.entries(t).flatMap(([e, values]) => values.flatMap((v, j): ScoreRow[] => (v === null ? [] : [[`j${j + 1}`, e, criterion, String(v)]])));
}

export function run(
  definition: ContestDefinition,
  entries: ResultEntry[],
  scores: ScoreRow[],
  more: { recusals?: [string, string][]; decisions?: TieDecision[]; overrides?: AwardOverride[] } = {},
): ContestResults {
  return computeResults({
    definition,
    entries,
    // One call per score, as the smallest pairs: grouping must not matter.
    forEachPair: (visit) => scores.forEach(([j, e, c, v]) => visit(j, e, packScores([[c, v]]))),
    recusals: (more.recusals ?? []).map(([juror, e]) => ({ juror, entry: e })),
    decisions: more.decisions,
    overrides: more.overrides,
  });
}

/** A nomination's results as compact rows: [entry, rank, score to 2 decimals, award, tiebreak rule]. */
export function rows(r: ContestResults, nominationId = 'main'): [string, number, string, string | null, string | null][] {
  const n = r.nominations.find((x) => x.id === nominationId)!;
  return n.results.map((x) => [x.entry, x.rank, x.score.toFixed(2), x.award, x.tiebreak ? (x.tiebreak.criterion ? `${x.tiebreak.rule}:${x.tiebreak.criterion}` : x.tiebreak.rule) : null]);
}
