import type { Criterion, LocalizedText } from '../contest/model';
import type { JurorStat, DisputedEntry } from '../results/jurorStats';
import type { TieBreakNote } from '../results/types';

/** An entry as the results screen names it. */
export interface EntryLabel {
  entry: string;
  participant: string | null;
  organisation: string | null;
}

export interface ResultRow extends EntryLabel {
  rank: number;
  /** A(e) rounded half away from zero to 2 decimals, for display. */
  score: string;
  /** A(e) exactly, as a fraction ("22/3") or a whole number. */
  exact: string;
  award: string | null;
  tiebreak: TieBreakNote | null;
  sharedPlace: boolean;
  jurors: number;
  override: { computed: string | null; reason: string } | null;
  /** Rank after juror-bias normalisation (advisory), or null. */
  normalisedRank: number | null;
}

export interface NominationView {
  id: string;
  kind: 'scored' | 'audience';
  name: LocalizedText;
  awards: { id: string; name: LocalizedText }[];
  criteria: { id: string; name: LocalizedText }[];
  /** The chain contains `decision`: a jury vote can break a tie that survives. */
  acceptsDecision: boolean;
  tieBreak: string[];
  method: string;
  rows: ResultRow[];
  unscored: EntryLabel[];
  disqualified: (EntryLabel & { reason: string })[];
  incompletePairs: number;
  recusedPairs: number;
  /** Juror × entry pairs with no mark at all, among the entries each juror was given. */
  missingPairs: number;
  unresolvedTies: string[][];
  jurors: (JurorStat & { name: string })[];
  disputed: DisputedEntry[];
}

export interface ResultsView {
  nominations: NominationView[];
  /** Every pair complete: no juror left an entry partly scored or unscored. */
  complete: boolean;
  decisions: { nomination: string; ordering: string[]; reason: string; decidedAt: string; actor: string }[];
}

/** One entry with every juror's scores per criterion: the detail behind a result. */
export interface EntryScoresView extends EntryLabel {
  nomination: string;
  criteria: Pick<Criterion, 'id' | 'name' | 'max' | 'weight'>[];
  jurors: {
    id: string;
    name: string;
    /** Score text per criterion, in the nomination's order; null where not scored. */
    scores: (string | null)[];
    /** T(j,e) to 2 decimals, or null when incomplete or recused. */
    total: string | null;
    recused: string | null;
    comment: string | null;
    /** Who typed the scores from a paper sheet; null when they come from the juror's signed file. */
    enteredBy: string | null;
  }[];
}
