import type { ContestDefinition } from '../contest/model';
import type { Language } from '../i18n/languages';
import type { ContestResults, TieDecision } from '../results/types';

/** What the secretary writes by hand, kept in the contest file (empty: left out or a default). */
export interface ProtocolTexts {
  /** One agenda item per line. */
  agenda: string;
  aim: string;
  /** One task per line. */
  tasks: string;
  /** One recommendation per line; numbered in the document. */
  recommendations: string;
  /** Overrides of the contest's protocol number and date (YYYY-MM-DD); empty: the contest's. */
  number: string;
  date: string;
  /** Diploma and letter-of-thanks templates: {participant} {organisation} {award} {nomination} {contest} {date} {venue}. */
  diplomaTitle: string;
  diplomaBody: string;
  thanksTitle: string;
  thanksBody: string;
}

export const EMPTY_TEXTS: ProtocolTexts = { agenda: '', aim: '', tasks: '', recommendations: '', number: '', date: '', diplomaTitle: '', diplomaBody: '', thanksTitle: '', thanksBody: '' };
export const TEXT_KEYS = Object.keys(EMPTY_TEXTS) as (keyof ProtocolTexts)[];

/** An entry as the protocol names it. */
export interface EntryNames {
  participant: string | null;
  organisation: string | null;
}

/** A signed juror file merged into the contest. */
export interface JurorFileRecord {
  juror: string;
  revision: number;
  sha256: string;
  fingerprint: string;
  fileName: string;
  /** The file whose marks are in effect: the newest revision signed with the juror's current key. */
  current: boolean;
}

/** How far scoring is from done: any count above 0 makes the protocol preliminary. */
export interface Completion {
  /** Juror × entry pairs with some criteria scored but not all. */
  incompletePairs: number;
  /** Eligible entries no juror gave a complete total. */
  unscored: number;
  /** Juror × eligible entry pairs with no score at all and no recusal. */
  missingPairs: number;
}

/** Everything the protocol is made from, gathered by the main process from the contest file. */
export interface ProtocolSource {
  contestUid: string;
  definition: ContestDefinition;
  results: ContestResults;
  names: ReadonlyMap<string, EntryNames>;
  decisions: readonly TieDecision[];
  jurorFiles: readonly JurorFileRecord[];
  /** Scores typed from paper sheets (not from a signed juror file): how many, and a digest of them. */
  paperMarks: { count: number; sha256: string };
  completion: Completion;
  texts: ProtocolTexts;
}

/** The visible verification block: always the results record's hash; the signer once signed. */
export interface VerificationBlock {
  recordSha256: string;
  signer: { name: string; fingerprint: string; signedAt: string } | null;
  /** The file name the signature will sit beside (for the "how to verify" line). */
  fileName: string | null;
}

export interface ProtocolOptions {
  lang: Language;
  verification: VerificationBlock;
}

export type { ProtocolModel } from './model';
