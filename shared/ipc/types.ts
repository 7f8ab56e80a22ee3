import type { ContestDefinition, LocalizedText } from '../contest/model';
import type { TemplateId } from '../contest/templates';
import type { ColumnMapping } from '../entries/mapping';
import type { Language } from '../i18n/languages';
import type { Problem } from '../problem';
import type { Table } from '../table/table';

/** What every IPC call answers: errors travel as data, never as thrown exceptions. */
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export interface Settings {
  language: Language;
  /** The name written into the audit log; the OS user name when empty. */
  userName: string;
}

export interface AppInfo {
  version: string;
  contestsFolder: string;
  actor: string;
}

export interface ContestSummary {
  /** The window's handle for this contest file (one per file, so a backup copy has its own). */
  contestId: string;
  /** The contest's identity, shared by every copy of its file; empty when the file cannot be read. */
  uid: string;
  path: string;
  fileName: string;
  title: LocalizedText;
  date: string | null;
  entries: number;
  updatedAt: string;
  /** Set when the file could not be opened (moved, or from a newer version). */
  problem?: Problem;
}

export interface TemplateSummary {
  id: TemplateId;
  title: LocalizedText;
  nominations: number;
  criteria: number;
}

export interface ContestDetails {
  summary: ContestSummary;
  definition: ContestDefinition;
}

export type AuditAction =
  | 'contestCreated'
  | 'contestSaved'
  | 'import'
  | 'edit'
  | 'disqualify'
  | 'reinstate'
  | 'clearDecision'
  | 'packageExported'
  | 'tieDecision'
  | 'tieDecisionRemoved'
  | 'awardOverride'
  | 'awardOverrideRemoved'
  | 'jurorFileMerged'
  | 'jurorKeyReplaced'
  | 'paperScoresImported'
  | 'paperMarksEntered'
  | 'protocolExported';

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entryId: string | null;
  reason: string | null;
  details: Record<string, unknown> | null;
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportPreview {
  fileToken: string;
  fileName: string;
  source: Table['source'];
  headers: string[];
  /** The first rows, to help the organiser recognise each column. */
  samples: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  mappingOrigin: 'given' | 'remembered' | 'suggested';
  /** What importing would do, or why it is refused. */
  outcome: { ok: true; counts: ImportCounts } | { ok: false; problems: Problem[]; more: number };
}

export interface ImportSummary extends ImportCounts {
  fileName: string;
}
