import { createHash } from 'node:crypto';
import { scoringJurors } from '../../shared/contest/model';
import type { JurorMarks, PaperEntryMarks, PaperImportSummary } from '../../shared/ipc/mergeTypes';
import { ProblemError, type Problem } from '../../shared/problem';
import { parseScoreSheet } from '../../shared/scores/scoreSheet';
import { readTable } from '../../shared/table/readTable';
import { readPlainScoreSheet, type PlainSheet } from '../../shared/scores/plainScoreSheet';
import type { Table } from '../../shared/table/table';
import { organiserMarksQueries } from '../db/tables/organiserMarksTable';
import type { ContestWorkspace } from './contestWorkspace';
import { checkCell, contestRules } from './markRules';

const panelOf = (ws: ContestWorkspace) => scoringJurors(ws.definition()).map((j) => j.id);

/**
 * A paper score sheet (SCORING.md §6) typed into the organiser's contest file, each mark named
 * as entered by the person at the keyboard. The sheet sets exactly the cells it names: a score
 * sets it, an empty score removes it ("not scored"), `recused` sets a recusal and removes that
 * juror's scores of the entry, and a score lifts a recusal of the same juror and entry. A comment
 * given sets the entry's comment; a sheet without one leaves it as it was. All or nothing, and
 * importing the same sheet again changes nothing.
 */
export async function importPaperScores(ws: ContestWorkspace, file: { fileName: string; bytes: Uint8Array }): Promise<PaperImportSummary> {
  const entries = new Map(ws.entries().map((e) => [e.id, e.nomination]));
  const isCsv = !file.fileName.toLowerCase().endsWith('.xlsx') && !(file.bytes[0] === 0x50 && file.bytes[1] === 0x4b);
  const plain = isCsv ? readPlainScoreSheet(file.bytes, { definition: ws.definition(), entries, jurors: panelOf(ws) }) : null;
  if (plain) return writePlainSheet(ws, file, plain);
  const table = await readTable(file.fileName, file.bytes);
  if (!table.ok) throw new ProblemError(table.problems);
  if (!table.value.rows.length) throw new ProblemError([{ code: 'noRows', file: file.fileName }]);
  const parsed = parseScoreSheet(table.value, { file: file.fileName, definition: ws.definition(), entries, jurors: panelOf(ws), scope: 'contest' });
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  const cleared = clearedCells(table.value);
  const m = organiserMarksQueries(ws.db);
  const at = ws.ctx.now().toISOString();
  const by = ws.ctx.actor();
  const sum: PaperImportSummary = { fileName: file.fileName, jurors: [], scoresSet: 0, scoresCleared: 0, recusalsSet: 0, recusalsLifted: 0, commentsSet: 0, unchanged: 0, replacedSigned: 0 };
  const jurors = new Set([...parsed.value.keys(), ...cleared.map((c) => c.juror)]);
  sum.jurors = [...jurors].sort();
  const signed = (row: { entered_by: string | null } | undefined) => void (row && row.entered_by === null && sum.replacedSigned++);
  ws.db.transaction(() => {
    for (const [juror, marks] of parsed.value) {
      for (const [entry, reason] of marks.recusals) {
        const before = m.recusal(juror, entry);
        if (before?.value === reason) sum.unchanged++;
        else (signed(before), m.putRecusal(juror, entry, reason, at, by), sum.recusalsSet++);
        for (const s of m.entryScores(juror, entry)) (signed(s), m.putScore(juror, entry, s.criterion_id, null, at, by), sum.scoresCleared++);
      }
      const sheet: [string, string, string, string][] = [];
      for (const [key, value] of marks.scores) {
        const at0 = key.indexOf('\u0000');
        sheet.push([juror, key.slice(0, at0), key.slice(at0 + 1), value]);
      }
      // A whole juror's sheet at once: SQLite reads the rows from one JSON text and sets only the
      // cells whose value differs (100,000 scores a juror one statement at a time would take seconds).
      const json = JSON.stringify(sheet);
      if (m.hasScores(juror)) {
        const before = m.sheetAgainstStored(json);
        sum.unchanged += before.same;
        sum.replacedSigned += before.signedReplaced;
      }
      sum.scoresSet += m.upsertSheetScores(json, at, by);
      const scoredEntries = new Set(sheet.map((r) => r[1]));
      for (const [entry, before] of m.jurorRecusalRows(juror)) {
        if (!scoredEntries.has(entry)) continue;
        signed(before);
        m.putRecusal(juror, entry, null, at, by);
        sum.recusalsLifted++;
      }
      for (const [entry, text] of marks.comments) {
        const before = m.comment(juror, entry);
        if (before?.value === text) sum.unchanged++;
        else (signed(before), m.putComment(juror, entry, text, at, by), sum.commentsSet++);
      }
    }
    for (const { juror, entry, criterion } of cleared) {
      const before = m.score(juror, entry, criterion);
      if (!before) sum.unchanged++;
      else (signed(before), m.putScore(juror, entry, criterion, null, at, by), sum.scoresCleared++);
    }
    const changed = sum.scoresSet + sum.scoresCleared + sum.recusalsSet + sum.recusalsLifted + sum.commentsSet;
    if (changed) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const { fileName: _f, jurors: list, ...counts } = sum;
      ws.audit('paperScoresImported', null, null, { file: file.fileName, sha256, jurors: list, ...counts });
    }
  })();
  return sum;
}

/**
 * The bulk sheet read by readPlainScoreSheet (only scores, every one valid): each juror's scores
 * set in one statement, as the general path would set them, with the same summary and audit.
 */
function writePlainSheet(ws: ContestWorkspace, file: { fileName: string; bytes: Uint8Array }, plain: PlainSheet): PaperImportSummary {
  const m = organiserMarksQueries(ws.db);
  const at = ws.ctx.now().toISOString();
  const by = ws.ctx.actor();
  const sum: PaperImportSummary = { fileName: file.fileName, jurors: [...plain.rows.keys()].sort(), scoresSet: 0, scoresCleared: 0, recusalsSet: 0, recusalsLifted: 0, commentsSet: 0, unchanged: 0, replacedSigned: 0 };
  ws.db.transaction(() => {
    for (const [juror, json] of plain.rows) {
      if (m.hasScores(juror)) {
        const before = m.jurorSheetAgainstStored(juror, json);
        sum.unchanged += before.same;
        sum.replacedSigned += before.signedReplaced;
      }
      sum.scoresSet += m.upsertJurorSheet(juror, json, at, by);
      const scoredEntries = plain.entries.get(juror)!;
      for (const [entry, before] of m.jurorRecusalRows(juror)) {
        if (!scoredEntries.has(entry)) continue;
        if (before.entered_by === null) sum.replacedSigned++;
        m.putRecusal(juror, entry, null, at, by);
        sum.recusalsLifted++;
      }
    }
    if (sum.scoresSet + sum.recusalsLifted) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const { fileName: _f, jurors: list, ...counts } = sum;
      ws.audit('paperScoresImported', null, null, { file: file.fileName, sha256, jurors: list, ...counts });
    }
  })();
  return sum;
}

/** The rows of a sheet that name a cell with an empty score: "not scored", which removes a score. */
function clearedCells(table: Table): { juror: string; entry: string; criterion: string }[] {
  const headers = table.headers.map((h) => h.trim().toLowerCase());
  const [j, e, c, s] = ['juror', 'entry', 'criterion', 'score'].map((h) => headers.indexOf(h));
  const cell = (cells: string[], i: number) => (cells[i] ?? '').trim();
  // parseScoreSheet has already refused any bad row, and a cell named twice.
  return table.rows.filter((r) => r.cells.some((x) => x.trim()) && !cell(r.cells, s)).map((r) => ({ juror: cell(r.cells, j), entry: cell(r.cells, e), criterion: cell(r.cells, c) }));
}

/**
 * The paper-typing screen: one juror's marks for one entry, set as given. `scores` is the whole
 * row of the sheet: a criterion left out, or given as empty, is not scored. A recusal (its reason
 * may be empty) takes the place of every score of the entry.
 */
export function setPaperEntry(ws: ContestWorkspace, input: PaperEntryMarks): PaperEntryMarks {
  const { jurorId: juror, entryId: entry } = input;
  const panel = panelOf(ws);
  if (!panel.includes(juror)) throw new ProblemError([{ code: 'jurorNotOnPanel', field: 'jurorId', params: { id: juror, allowed: panel.join(', ') } }]);
  const rules = contestRules(ws);
  const nomination = rules.nominationOf.get(entry);
  if (nomination === undefined) throw new ProblemError([{ code: 'unknownEntry', field: 'entryId', params: { id: entry } }]);
  const criteria = nomination === null ? undefined : rules.criteria.get(nomination);
  if (!criteria) throw new ProblemError([{ code: 'entryWithoutNomination', field: 'entryId', params: { id: entry } }]);
  const problems: Problem[] = [];
  const wanted = new Map<string, string>();
  for (const [criterion, raw] of Object.entries(input.scores)) {
    const value = raw.trim();
    if (!criteria.has(criterion)) problems.push({ code: 'criterionNotInNomination', field: criterion, params: { id: criterion, entry, allowed: [...criteria.keys()].join(', ') } });
    if (!value || !criteria.has(criterion)) continue;
    const checked = checkCell(rules, entry, criterion, value);
    if (checked.ok) wanted.set(criterion, checked.text);
    else problems.push({ ...checked.problem, field: criterion });
  }
  if (input.recusal !== null && wanted.size) problems.push({ code: 'recusedScored', field: 'recusal', params: { entry } });
  if (problems.length) throw new ProblemError(problems);

  const m = organiserMarksQueries(ws.db);
  const at = ws.ctx.now().toISOString();
  const by = ws.ctx.actor();
  const comment = input.comment?.trim() ? input.comment : null;
  const changes: Record<string, [string | null, string | null]> = {};
  const note = (what: string, before: string | null, after: string | null) => void (before !== after && (changes[what] = [before, after]));
  ws.db.transaction(() => {
    for (const criterion of criteria.keys()) {
      const before = m.score(juror, entry, criterion)?.value ?? null;
      const after = wanted.get(criterion) ?? null;
      note(criterion, before, after);
      if (before !== after) m.putScore(juror, entry, criterion, after, at, by);
    }
    const recusal = m.recusal(juror, entry)?.value ?? null;
    note('recusal', recusal, input.recusal);
    if (recusal !== input.recusal) m.putRecusal(juror, entry, input.recusal, at, by);
    const before = m.comment(juror, entry)?.value ?? null;
    note('comment', before, comment);
    if (before !== comment) m.putComment(juror, entry, comment, at, by);
    if (Object.keys(changes).length) ws.audit('paperMarksEntered', entry, null, { juror, changes });
  })();
  return { jurorId: juror, entryId: entry, scores: Object.fromEntries(wanted), comment, recusal: input.recusal };
}

/** Everything the organiser's file holds for one juror, for the paper-typing screen. */
export function jurorMarks(ws: ContestWorkspace, juror: string): JurorMarks {
  const panel = panelOf(ws);
  if (!panel.includes(juror)) throw new ProblemError([{ code: 'jurorNotOnPanel', field: 'jurorId', params: { id: juror, allowed: panel.join(', ') } }]);
  return { jurorId: juror, ...organiserMarksQueries(ws.db).jurorMarks(juror) };
}
