import { localize } from '../contest/localized';
import { scoredNominations, type ContestDefinition } from '../contest/model';
import { LANGUAGES } from '../i18n/languages';
import { fail, ok, type Problem, type Result } from '../problem';
import type { Table } from '../table/table';
import { foldForSearch } from '../text/fold';
import type { ColumnMapping } from './mapping';
import { emptyEntry, NUMBER_FIELDS, TEXT_FIELDS, type EntryData, type EntryField } from './model';

export interface ImportedEntry extends EntryData {
  /** Row in the source file, kept so later messages can point back to it. */
  sourceRow: number;
}

/** Problems beyond this many are summarised: a broken file should not flood the screen. */
export const MAX_REPORTED_PROBLEMS = 50;

/**
 * Turns table rows into entries under a column mapping (SCORING.md §6). All or nothing: any
 * bad row makes the whole file refused, with every bad row and column named.
 */
export function buildEntries(table: Table, mapping: ColumnMapping, def: ContestDefinition, file: string): Result<ImportedEntry[]> {
  const problems: Problem[] = [];
  const where = (row: number, column?: number) => ({ file, row, ...(column !== undefined ? { column: table.headers[column] || `#${column + 1}` } : {}) });

  const columnOf = new Map<EntryField, number>();
  mapping.forEach((field, i) => {
    if (!field) return;
    if (columnOf.has(field)) problems.push({ code: 'mappingTwice', file, column: table.headers[i], params: { field } });
    else columnOf.set(field, i);
  });
  if (problems.length) return fail(...problems);

  const nominations = nominationResolver(def);
  const ageGroups = byIdOrName(def.ageGroups ?? []);
  const nominationColumn = columnOf.get('nomination');
  if (nominationColumn === undefined && nominations.count > 1) {
    return fail({ code: 'requiredValue', file, column: 'nomination', params: { field: 'nomination' } });
  }

  const entries: ImportedEntry[] = [];
  const firstRowOfId = new Map<string, number>();
  table.rows.forEach(({ row, cells }, index) => {
    if (cells.length > table.headers.length) {
      problems.push({ code: 'tooManyCells', file, row, params: { cells: cells.length, columns: table.headers.length } });
      return;
    }
    const cell = (field: EntryField) => {
      const c = columnOf.get(field);
      return c === undefined ? undefined : (cells[c] ?? '').trim();
    };
    const entry: ImportedEntry = { ...emptyEntry(String(index + 1)), sourceRow: row };

    const id = cell('id');
    if (id !== undefined) {
      if (id === '') problems.push({ code: 'requiredValue', ...where(row, columnOf.get('id')), params: { field: 'id' } });
      // Scores are packed by control characters on their way out of the contest file.
      else if (/[\u0000-\u001f\u007f]/.test(id)) problems.push({ code: 'controlCharacters', ...where(row, columnOf.get('id')), params: { field: 'id' } });
      entry.id = id;
    }
    const first = firstRowOfId.get(entry.id);
    if (first !== undefined) problems.push({ code: 'duplicateEntryId', ...where(row, columnOf.get('id')), params: { id: entry.id, firstRow: first } });
    else firstRowOfId.set(entry.id, row);

    const nominationText = cell('nomination') ?? '';
    const nomination = nominations.resolve(nominationText);
    if (nomination === undefined) {
      const code = nominationText ? 'unknownNomination' : 'requiredValue';
      problems.push({ code, ...where(row, nominationColumn), params: { value: nominationText, field: 'nomination', allowed: nominations.ids.join(', ') } });
    } else entry.nomination = nomination;

    for (const field of TEXT_FIELDS) {
      const v = cell(field);
      if (v !== undefined) entry[field] = v === '' && field !== 'hashtag' ? null : v;
    }
    for (const field of NUMBER_FIELDS) {
      const v = cell(field);
      if (!v) continue;
      if (/^\d+$/.test(v) && Number.isSafeInteger(Number(v))) entry[field] = Number(v);
      else problems.push({ code: 'notWholeNumber', ...where(row, columnOf.get(field)), params: { value: v, field } });
    }
    const duration = cell('duration');
    if (duration) {
      const seconds = parseDuration(duration);
      if (seconds === null) problems.push({ code: 'notDuration', ...where(row, columnOf.get('duration')), params: { value: duration } });
      else entry.duration = seconds;
    }
    if (entry.age_group !== null && ageGroups.count > 0) {
      const group = ageGroups.resolve(entry.age_group);
      if (group === undefined) problems.push({ code: 'unknownAgeGroup', ...where(row, columnOf.get('age_group')), params: { value: entry.age_group, allowed: ageGroups.ids.join(', ') } });
      else entry.age_group = group;
    }
    if (!entry.participant && !entry.organisation) {
      const column = columnOf.get('participant') ?? columnOf.get('organisation');
      problems.push({ code: 'requiredValue', ...where(row, column), params: { field: 'participant' } });
    }
    entries.push(entry);
  });
  return problems.length ? fail(...problems) : ok(entries);
}

/** Seconds from "75", "75.5", "1:15" or "0:01:15". */
export function parseDuration(text: string): number | null {
  const t = text.replace(',', '.').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return null;
  const [, h = '0', min, s] = m;
  if (Number(s) > 59) return null;
  return Number(h) * 3600 + Number(min) * 60 + Number(s);
}

/** Ids, and a resolver that finds one by its id or its name in any language, folded. */
function byIdOrName(items: { id: string; name: ContestDefinition['title'] }[]) {
  const byKey = new Map<string, string>();
  for (const n of items) {
    byKey.set(foldForSearch(n.id), n.id);
    for (const lang of LANGUAGES) {
      const name = localize(n.name, lang);
      if (name && !byKey.has(foldForSearch(name))) byKey.set(foldForSearch(name), n.id);
    }
  }
  return { count: items.length, ids: items.map((n) => n.id), resolve: (text: string) => byKey.get(foldForSearch(text)) };
}

/** A nomination cell may hold the id or the name in any language; empty means the only one. */
function nominationResolver(def: ContestDefinition) {
  const scored = scoredNominations(def);
  const lookup = byIdOrName(scored);
  return {
    count: scored.length,
    ids: lookup.ids,
    resolve(text: string): string | null | undefined {
      if (!text) return scored.length === 0 ? null : scored.length === 1 ? scored[0].id : undefined;
      return lookup.resolve(text);
    },
  };
}
