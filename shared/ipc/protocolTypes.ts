import type { Language } from '../i18n/languages';
import type { Problem } from '../problem';
import type { ProtocolTexts } from '../protocol/types';
import type { DocumentKind, ProtocolFormat, VerifiedProtocol } from '../protocol/signature';

export type { ProtocolTexts, ProtocolFormat, DocumentKind };

export interface ExportedProtocolView {
  kind: DocumentKind;
  fileName: string;
  format: string;
  language: string;
  sha256: string;
  resultsSha256: string;
  signerFingerprint: string | null;
  preliminary: boolean;
  exportedAt: string;
  actor: string;
}

/** The protocol screen: what the secretary typed, the preview, and what stands in the way. */
export interface ProtocolView {
  language: Language;
  texts: ProtocolTexts;
  /** The protocol as HTML for a sandboxed srcdoc frame (its stylesheet is allowed by hash). */
  html: string;
  /** Why the results are preliminary, in the chosen language; null when final. */
  preliminary: string | null;
  /** A chair or a secretary missing: export is refused until the panel has them. */
  problems: Problem[];
  recordSha256: string;
  secretary: string | null;
  /** The number in the contest's setup, used when the secretary types none. */
  contestNumber: string | null;
  exports: ExportedProtocolView[];
}

export interface ExportReceipt {
  path: string;
  fileName: string;
  format: ProtocolFormat;
  bytes: number;
  sha256: string;
  recordSha256: string;
  preliminary: boolean;
  signaturePath: string | null;
  fingerprint: string | null;
  /** Pages in a diploma or letter batch. */
  pages?: number;
}

/** A protocol checked against its signature: valid with who signed what, or invalid and why. */
export interface VerifyReport {
  fileName: string;
  valid: boolean;
  problems: Problem[];
  details: VerifiedProtocol | null;
  /** Whether the signed results are the contest's results as they stand now (null: no contest to compare with). */
  matchesContest: boolean | null;
}
