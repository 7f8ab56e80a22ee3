import type { ContestDefinition, TieBreakRule } from '../contest/model';
import type { Rational } from '../exact/rational';

/** One entry as the results need it: where it competes, whether it may, and its audience counts. */
export interface ResultEntry {
  id: string;
  nomination: string | null;
  eligible: boolean;
  /** Why it is not eligible (shown in the disqualified list); null when eligible. */
  reason: string | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
}

/**
 * One juror's scores of one entry, packed as `criterion␟value␞criterion␟value…` (U+001F between
 * a criterion's id and its exact decimal text, U+001E between scores): the form SQLite's
 * group_concat hands over in one string, parsed without a string per score.
 */
export type PairVisitor = (juror: string, entry: string, packed: string) => void;

export const SCORE_SEPARATOR = '\u001e';
export const VALUE_SEPARATOR = '\u001f';
export const packScores = (scores: readonly (readonly [criterion: string, value: string])[]): string => scores.map(([c, v]) => c + VALUE_SEPARATOR + v).join(SCORE_SEPARATOR);

/** A jury vote ordering exactly these tied entries (the `decision` rule), with its reason. */
export interface TieDecision {
  nomination: string;
  /** The tied entries in the order the jury decided, best first. */
  ordering: string[];
  reason: string;
}

/** The organiser's override of one entry's award (null: no award), with its reason. */
export interface AwardOverride {
  nomination: string;
  entry: string;
  award: string | null;
  reason: string;
}

export interface ResultsInput {
  definition: ContestDefinition;
  /** Every entry of the contest, in registry order (ties that survive are listed in this order). */
  entries: readonly ResultEntry[];
  /** Calls back once per juror × entry that has scores; scores of unknown jurors, entries or criteria are ignored. */
  forEachPair: (visit: PairVisitor) => void;
  recusals: Iterable<{ juror: string; entry: string }>;
  decisions?: readonly TieDecision[];
  overrides?: readonly AwardOverride[];
  /** juror → the entries their packages assigned; a juror absent from it is given every entry. */
  assigned?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Which rule of the chain separated an entry from its tied neighbours, e.g. `criteria-order` at criterion `sound`. */
export interface TieBreakNote {
  rule: TieBreakRule;
  /** For `criteria-order`: the criterion that decided. */
  criterion?: string;
  /** For `decision`: the entries the recorded vote ordered (sorted), to find its reason. */
  decided?: string[];
}

export interface RankedEntry {
  entry: string;
  rank: number;
  /** The aggregate A(e), exact; for audience nominations the metric value. */
  score: Rational;
  award: string | null;
  /** The rule that last split the group of equal aggregates this entry was in; null when it had no tie. */
  tiebreak: TieBreakNote | null;
  /** Still tied with a neighbour after the whole chain: the place is shared (a jury vote may decide). */
  sharedPlace: boolean;
  /** How many jurors' totals make the aggregate (n = |J(e)|). */
  jurors: number;
  /** Set when the organiser overrode the computed award. */
  override?: { computed: string | null; reason: string };
}

export interface NominationResults {
  id: string;
  kind: 'scored' | 'audience';
  results: RankedEntry[];
  /** Eligible entries that no juror gave a complete total. */
  unscored: string[];
  disqualified: { entry: string; reason: string }[];
  /** Juror × entry pairs left out of the aggregates: some criteria unscored, or a recusal. */
  incompletePairs: number;
  recusedPairs: number;
  /** Juror × entry pairs with no mark at all, among the entries each juror was given. */
  missingPairs: number;
  /** Groups still tied after the whole chain, each in registry order: where a jury vote may be recorded. */
  unresolvedTies: string[][];
  /** Every juror's total per eligible entry, for statistics and the entry detail (not for ranking). */
  totals?: TotalsTable;
}

/** T(j,e) as numbers (for display and statistics only): totals[e × jurors.length + j], NaN when absent. */
export interface TotalsTable {
  entries: string[];
  jurors: string[];
  totals: Float64Array;
  /** The largest total a juror can give (Σ weight × max), the scale for spreads. */
  maxTotal: number;
}

export interface ContestResults {
  nominations: NominationResults[];
}
