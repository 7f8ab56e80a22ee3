/** Entry fields: the canonical headers of SCORING.md §6, then the screening fields of seed 000. */
export const CANONICAL_FIELDS = ['id', 'nomination', 'participant', 'organisation', 'region', 'age_group', 'link', 'media', 'likes', 'comments', 'views'] as const;
export const EXTRA_FIELDS = ['duration', 'followers', 'hashtag', 'email', 'submitted'] as const;
export const ENTRY_FIELDS = [...CANONICAL_FIELDS, ...EXTRA_FIELDS] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export const NUMBER_FIELDS = ['likes', 'comments', 'views', 'followers'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export const TEXT_FIELDS = ['participant', 'organisation', 'region', 'age_group', 'link', 'media', 'hashtag', 'email', 'submitted'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface EntryData {
  id: string;
  /** The scored nomination's id; null only in a contest with no scored nomination. */
  nomination: string | null;
  participant: string | null;
  organisation: string | null;
  region: string | null;
  age_group: string | null;
  link: string | null;
  /** A local video or image, absolute or relative to the contest file's folder. */
  media: string | null;
  likes: number | null;
  comments: number | null;
  views: number | null;
  /** Seconds. */
  duration: number | null;
  followers: number | null;
  /** '' when the file had a hashtag column left empty, null when it had none. */
  hashtag: string | null;
  email: string | null;
  submitted: string | null;
}

export type EntryDecision = 'disqualified' | 'reinstated';

export interface FlagParams {
  [key: string]: string | number;
}
export type FlagCode = 'tooLong' | 'fewFollowers' | 'noHashtag' | 'duplicateLink' | 'duplicateParticipant';
export interface EligibilityFlag {
  code: FlagCode;
  params: FlagParams;
}

/** An entry as the registry shows it: data, the organiser's decision, and the screening verdict. */
export interface Entry extends EntryData {
  seq: number;
  decision: EntryDecision | null;
  decisionReason: string | null;
  flags: EligibilityFlag[];
  eligible: boolean;
}

export const emptyEntry = (id: string): EntryData => ({
  id,
  nomination: null,
  participant: null,
  organisation: null,
  region: null,
  age_group: null,
  link: null,
  media: null,
  likes: null,
  comments: null,
  views: null,
  duration: null,
  followers: null,
  hashtag: null,
  email: null,
  submitted: null,
});
