import type { Problem } from '../problem';

/** Marks typed from paper that a juror's own signed file replaced: by whom, and how many. */
export interface PaperMarksReplaced {
  by: string;
  marks: number;
}

/** What happened to one juror file given to the merge. */
export type MergeOutcome =
  | {
      kind: 'merged';
      file: string;
      juror: string;
      revision: number;
      scores: number;
      /** Eligible entries of the scored nominations this juror has not fully scored nor recused. */
      missing: number;
      sha256: string;
      fingerprint: string;
      /** The revision this one replaced, or null for the juror's first file. */
      replacedRevision: number | null;
      replacedPaper: PaperMarksReplaced[];
      /** Set when the organiser accepted a key other than the one first seen for this juror. */
      newKey: { fingerprint: string; previous: string } | null;
    }
  | { kind: 'alreadyMerged'; file: string; juror: string; revision: number }
  /** An older revision than the one merged: a notice, nothing changes. */
  | { kind: 'olderIgnored'; file: string; juror: string; revision: number; current: number }
  | {
      kind: 'refused';
      file: string;
      problems: Problem[];
      /** A file signed with another key than the juror's first: the organiser may accept it after checking. */
      keyConflict?: { juror: string; fingerprint: string; expected: string };
      /** In the window: hands the same file back to merge:acceptKey without choosing it again. */
      retryToken?: string;
    };

export interface MergeReport {
  outcomes: MergeOutcome[];
  merged: number;
  alreadyMerged: number;
  olderIgnored: number;
  refused: number;
}

export interface MergedFileInfo {
  jurorId: string;
  revision: number;
  fileName: string;
  sha256: string;
  fingerprint: string;
  createdAt: string;
  mergedAt: string;
  actor: string;
  scores: number;
  /** The juror's newest revision: the one whose marks stand (unless paper marks were typed over it). */
  current: boolean;
}

export interface MergeStatus {
  keys: { jurorId: string; fingerprint: string; firstSeenAt: string }[];
  files: MergedFileInfo[];
}

/** What importing a paper score sheet changed. Re-importing the same sheet changes nothing. */
export interface PaperImportSummary {
  fileName: string;
  jurors: string[];
  scoresSet: number;
  scoresCleared: number;
  recusalsSet: number;
  /** Recusals lifted because the sheet scores the entry. */
  recusalsLifted: number;
  commentsSet: number;
  /** Cells the sheet names that already held the same value. */
  unchanged: number;
  /** Marks changed that came from a juror's own signed file. */
  replacedSigned: number;
}

/** One juror's marks for one entry as the paper-typing screen shows and sends them. */
export interface PaperEntryMarks {
  jurorId: string;
  entryId: string;
  /** criterion → score text; a criterion absent here is not scored. */
  scores: Record<string, string>;
  comment: string | null;
  /** The recusal's reason (may be empty), or null when the juror did not recuse. */
  recusal: string | null;
}

/** A juror's marks in the organiser's file, compactly; enteredBy null = from the juror's own signed file. */
export interface JurorMarks {
  jurorId: string;
  /** [entry, criterion, value, enteredBy] */
  scores: [string, string, string, string | null][];
  /** [entry, text, enteredBy] */
  comments: [string, string, string | null][];
  /** [entry, reason, enteredBy] */
  recusals: [string, string, string | null][];
}
