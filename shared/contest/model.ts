import type { Language } from '../i18n/languages';

/** A name given once for every language, or per language (SCORING.md §5). */
export type LocalizedText = string | Partial<Record<Language, string>>;

export interface Criterion {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  max: number;
  /** A score must be a whole multiple of the step (default 1). */
  step: number;
  /** Multiplies the score in the juror's total (default 1). */
  weight: number;
}

export const AGGREGATION_METHODS = ['sum', 'mean', 'trimmed-mean', 'median'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

export interface Aggregation {
  method: AggregationMethod;
  /** Totals dropped at each end by trimmed-mean (default 1). */
  trim?: number;
}

export const FIXED_TIE_BREAK_RULES = ['criteria-order', 'median', 'chair', 'head-to-head', 'decision'] as const;
/** A rule name from SCORING.md §3, or `criterion:ID`. */
export type TieBreakRule = (typeof FIXED_TIE_BREAK_RULES)[number] | `criterion:${string}`;
export const DEFAULT_TIE_BREAK: TieBreakRule[] = ['criteria-order', 'chair'];

export interface AwardPlace {
  id: string;
  name: LocalizedText;
  /** count mode: how many ranks get this award. */
  count?: number;
  /** threshold mode: the lowest aggregate that earns it. */
  minScore?: number;
}

export interface AwardScheme {
  mode: 'count' | 'threshold';
  places: AwardPlace[];
}

export interface ScoredNomination {
  id: string;
  name: LocalizedText;
  criteria: Criterion[];
  aggregation: Aggregation;
  tieBreak: TieBreakRule[];
  awards: AwardScheme;
}

export const AUDIENCE_METRICS = ['likes', 'comments', 'views'] as const;
export type AudienceMetric = (typeof AUDIENCE_METRICS)[number];

/** Won by the entries with the most likes, comments or views, whatever their scored nomination. */
export interface AudienceNomination {
  id: string;
  name: LocalizedText;
  metric: AudienceMetric;
  count: number;
}

export type Nomination = ScoredNomination | AudienceNomination;

export const JURY_ROLES = ['chair', 'member', 'secretary'] as const;
export type JuryRole = (typeof JURY_ROLES)[number];

export interface JuryMember {
  id: string;
  name: string;
  workplace?: string;
  position?: string;
  role: JuryRole;
}

export interface AgeGroup {
  id: string;
  name: LocalizedText;
}

/** The screening rules of seed 000, each optional. */
export interface EligibilityRules {
  /** Videos longer than this many seconds are not considered. */
  maxDurationSec?: number;
  /** Accounts with fewer followers are refused. */
  minFollowers?: number;
  /** The hashtag an entry must carry; case and spacing are tolerated, letters are not. */
  hashtag?: string;
  /** One entry per participant: later duplicates (same link, or same participant and organisation) are flagged. */
  onePerParticipant?: boolean;
}

export const CONTEST_FORMAT = 'jury.contest/1';

export interface ContestDefinition {
  format: typeof CONTEST_FORMAT;
  title: LocalizedText;
  stage?: string;
  protocolNumber?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  venue?: string;
  language: Language;
  jury: JuryMember[];
  nominations: Nomination[];
  ageGroups?: AgeGroup[];
  eligibility?: EligibilityRules;
}

export const isAudience = (n: Nomination): n is AudienceNomination => 'metric' in n;
export const isScored = (n: Nomination): n is ScoredNomination => !('metric' in n);

/** The members who score: the chair and the members. The secretary writes the protocol and does not score. */
export function scoringJurors(def: ContestDefinition): JuryMember[] {
  return def.jury.filter((j) => j.role !== 'secretary');
}

export function scoredNominations(def: ContestDefinition): ScoredNomination[] {
  return def.nominations.filter(isScored);
}
