import type { ContestDefinition } from '../contest/model';
import type { PackageEntry } from '../package/packageFile';

export type MarkKind = 'score' | 'comment' | 'recusal';

/** One mark as stored after a change or an undo; value null means removed. */
export interface MarkChange {
  kind: MarkKind;
  entry: string;
  /** The criterion for a score, '' for a comment or recusal. */
  criterion: string;
  value: string | null;
}

export interface SubmissionInfo {
  revision: number;
  sha256: string;
  fileName: string;
  createdAt: string;
  scores: number;
  missing: number;
}

/** Everything the scoring screen needs, in compact form (10,000 entries × 10 criteria travel well). */
export interface ScoringState {
  workspaceId: string;
  juror: { id: string; name: string };
  uid: string;
  definition: ContestDefinition;
  organiserKey: string;
  organiserFingerprint: string;
  packageSha256: string;
  packageCreatedAt: string;
  hasMedia: boolean;
  entries: PackageEntry[];
  /** [entry, criterion, value] */
  scores: [string, string, string][];
  /** [entry, text] */
  comments: [string, string][];
  /** [entry, reason] */
  recusals: [string, string][];
  submissions: SubmissionInfo[];
  keyFingerprint: string | null;
}

export type SubmissionReceipt = Omit<SubmissionInfo, 'createdAt'>;

export interface ScoringSummary {
  workspaceId: string;
  path: string;
  title: ContestDefinition['title'];
  juror: { id: string; name: string };
  entries: number;
  lastRevision: number | null;
}

export interface PackageReceipt {
  fileName: string;
  jurorId: string;
  entries: number;
  media: number;
  sha256: string;
  fingerprint: string;
}

export interface KeyInfo {
  fingerprint: string;
  publicKey: string;
}

export interface IssuedPackageInfo {
  jurorId: string;
  fileName: string;
  sha256: string;
  entries: number;
  media: number;
  createdAt: string;
}

export interface PackagesInfo {
  /** The organiser key's fingerprint, read out to jurors so they can check a package. */
  fingerprint: string;
  issued: IssuedPackageInfo[];
}
