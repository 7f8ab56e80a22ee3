import { createHash } from 'node:crypto';
import { buildEntries, MAX_REPORTED_PROBLEMS, type ImportedEntry } from '../../shared/entries/importRows';
import { headerSignature, mappingFits, suggestMapping, type ColumnMapping } from '../../shared/entries/mapping';
import type { ImportCounts, ImportPreview, ImportSummary } from '../../shared/ipc/types';
import { ProblemError, type Problem } from '../../shared/problem';
import { foldForSearch } from '../../shared/text/fold';
import { readTable } from '../../shared/table/readTable';
import type { Table } from '../../shared/table/table';
import { DATA_COLUMNS, sameData } from '../db/tables/entriesTable';
import type { ContestWorkspace } from './contestWorkspace';

const SAMPLE_ROWS = 5;

async function loadTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  const table = await readTable(fileName, bytes);
  if (!table.ok) throw new ProblemError(table.problems);
  if (table.value.rows.length === 0) throw new ProblemError([{ code: 'noRows', file: fileName }]);
  return table.value;
}

/** The mapping to show first: the organiser's own for this layout, else the suggestion. */
export function initialMapping(ws: ContestWorkspace, headers: string[]): { mapping: ColumnMapping; origin: 'remembered' | 'suggested' } {
  const remembered = ws.imports.mapping(headerSignature(headers));
  if (mappingFits(remembered, headers)) return { mapping: remembered, origin: 'remembered' };
  return { mapping: suggestMapping(headers), origin: 'suggested' };
}

const IDENTITY = ['participant', 'organisation', 'link'] as const;

/**
 * How an import would change the registry, entry by entry, without writing anything.
 * A field the organiser corrected by hand keeps the correction. An update that would give an
 * entry another identity (two of participant, organisation, link changing) is a conflict:
 * rows matched by position shift when a response is deleted from the form, and decisions
 * would then land on other people.
 */
function plan(ws: ContestWorkspace, entries: ImportedEntry[], file: string, mapping: ColumnMapping) {
  // A column the file does not have says nothing about that field: a newer export with fewer
  // columns must not blank what an earlier one filled in.
  const unmapped = DATA_COLUMNS.filter((c) => !mapping.includes(c));
  const added: ImportedEntry[] = [];
  const updated: ImportedEntry[] = [];
  const conflicts: Problem[] = [];
  let unchanged = 0;
  const edited = ws.auditLog.editedFields();
  for (const imported of entries) {
    const current = ws.entriesTable.byId(imported.id);
    if (!current) {
      added.push(imported);
      continue;
    }
    const e: ImportedEntry = { ...imported };
    for (const field of unmapped) (e as unknown as Record<string, unknown>)[field] = current[field];
    for (const field of edited.get(imported.id) ?? []) if (field in current) (e as unknown as Record<string, unknown>)[field] = current[field as keyof typeof current];
    if (sameData(current, e)) {
      unchanged++;
      continue;
    }
    const changed = IDENTITY.filter((f) => current[f] && e[f] && foldForSearch(current[f]!) !== foldForSearch(e[f]!));
    if (changed.length >= 2) {
      const was = current.participant || current.organisation || '';
      conflicts.push({ code: 'importConflict', file, row: e.sourceRow, params: { id: e.id, was, now: e.participant || e.organisation || '' } });
    } else updated.push(e);
  }
  return { added, updated, unchanged, conflicts };
}

const counts = (p: ReturnType<typeof plan>): ImportCounts => ({ added: p.added.length, updated: p.updated.length, unchanged: p.unchanged });

/** Reads the file and says what importing it with this mapping would do, or why it cannot. */
export async function previewImport(
  ws: ContestWorkspace,
  file: { token: string; fileName: string; bytes: Uint8Array },
  given?: ColumnMapping,
): Promise<ImportPreview> {
  const table = await loadTable(file.fileName, file.bytes);
  const start = given && given.length === table.headers.length ? { mapping: given, origin: 'given' as const } : initialMapping(ws, table.headers);
  const built = buildEntries(table, start.mapping, ws.definition(), file.fileName);
  let outcome: ImportPreview['outcome'];
  const planned = built.ok ? plan(ws, built.value, file.fileName, start.mapping) : null;
  const problems = built.ok ? planned!.conflicts : built.problems;
  if (problems.length === 0) outcome = { ok: true, counts: counts(planned!) };
  else outcome = { ok: false, problems: problems.slice(0, MAX_REPORTED_PROBLEMS), more: Math.max(0, problems.length - MAX_REPORTED_PROBLEMS) };
  return {
    fileToken: file.token,
    fileName: file.fileName,
    source: table.source,
    headers: table.headers,
    samples: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
    rowCount: table.rows.length,
    mapping: start.mapping,
    mappingOrigin: start.origin,
    outcome,
  };
}

/**
 * Imports all rows or none: entries are matched by id, so importing the same file again adds
 * nothing, and a newer export of the same form adds only its new rows. The mapping is
 * remembered for the next file with the same columns.
 */
export async function commitImport(
  ws: ContestWorkspace,
  file: { fileName: string; bytes: Uint8Array },
  mapping?: ColumnMapping,
): Promise<ImportSummary & { mapping: ColumnMapping }> {
  const table = await loadTable(file.fileName, file.bytes);
  const used = mapping ?? initialMapping(ws, table.headers).mapping;
  if (used.length !== table.headers.length) {
    throw new ProblemError([{ code: 'invalidInput', file: file.fileName, params: { detail: `the mapping has ${used.length} columns, the file ${table.headers.length}` } }]);
  }
  const built = buildEntries(table, used, ws.definition(), file.fileName);
  if (!built.ok) throw new ProblemError(built.problems);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const p = plan(ws, built.value, file.fileName, used);
  if (p.conflicts.length) throw new ProblemError(p.conflicts);
  ws.db.transaction(() => {
    const at = ws.ctx.now().toISOString();
    ws.imports.rememberMapping(headerSignature(table.headers), used, at);
    const importId = ws.imports.insert({ fileName: file.fileName, sha256, at, actor: ws.ctx.actor(), mapping: JSON.stringify(used), ...counts(p) });
    let seq = ws.entriesTable.nextSeq();
    for (const e of p.added) ws.entriesTable.insert(e, seq++, importId, e.sourceRow);
    for (const e of p.updated) ws.entriesTable.updateData(e, importId, e.sourceRow);
    ws.audit('import', null, null, { file: file.fileName, sha256, ...counts(p) });
  })();
  ws.invalidate();
  return { fileName: file.fileName, ...counts(p), mapping: used };
}

