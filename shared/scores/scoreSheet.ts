import type { ContestDefinition, Criterion } from '../contest/model';
import { scoredNominations, scoringJurors } from '../contest/model';
import { fail, ok, type Problem, type Result } from '../problem';
import type { Table } from '../table/table';
import { checkScore, scoreText } from './scoreValue';
import type { JurorScores } from './jurorScores';

const REQUIRED = ['juror', 'entry', 'criterion', 'score'] as const;
const MAX_PROBLEMS = 50;

export interface ScoreSheetContext {
  file: string;
  definition: ContestDefinition;
  /** The entries that may be scored, with their nomination. */
  entries: ReadonlyMap<string, string | null>;
  /** The juror ids this sheet may speak for (one for a juror's own package, the panel for the organiser). */
  jurors: readonly string[];
  /** Whether `entries` is one juror's package (an id outside it may still be in the contest). */
  scope?: 'package' | 'contest';
}

/**
 * Scores typed from paper (SCORING.md §6): header `juror,entry,criterion,score` and an optional
 * `comment`; an empty score means "not scored"; `recused` marks a recusal, its comment the
 * reason. Every bad row is reported with its row and column; nothing is taken from a sheet
 * that has one.
 */
export function parseScoreSheet(table: Table, ctx: ScoreSheetContext): Result<Map<string, JurorScores>> {
  const { file } = ctx;
  const headers = table.headers.map((h) => h.trim().toLowerCase());
  const col = Object.fromEntries([...REQUIRED, 'comment'].map((h) => [h, headers.indexOf(h)])) as Record<(typeof REQUIRED)[number] | 'comment', number>;
  const missing = REQUIRED.filter((h) => col[h] < 0);
  if (missing.length) return fail(...missing.map((column): Problem => ({ code: 'missingColumn', file, params: { column, header: 'juror,entry,criterion,score[,comment]' } })));
  const criteria = new Map(scoredNominations(ctx.definition).map((n) => [n.id, new Map(n.criteria.map((c) => [c.id, c]))]));
  const problems: Problem[] = [];
  const out = new Map<string, JurorScores>();
  // The first row of each juror × entry × criterion, per juror (a sheet of 1.5 million rows would
  // otherwise build as many three-part keys).
  const seen = new Map<string, Map<string, number>>();
  let anyRecusal = false;
  // A sheet of 1.5 million scores repeats a few dozen values per criterion: check each once.
  const checks = new Map<Criterion, Map<string, ReturnType<typeof checkScore> & { text?: string }>>();
  const check = (c: Criterion, text: string) => {
    let byText = checks.get(c);
    if (!byText) checks.set(c, (byText = new Map()));
    let r = byText.get(text);
    if (!r) {
      r = checkScore(text, c);
      if (r.ok) r = { ...r, text: scoreText(r.value) };
      byText.set(text, r);
    }
    return r;
  };
  const width = table.headers.length;
  const [cj, ce, cc, cs, cm] = [col.juror, col.entry, col.criterion, col.score, col.comment];
  const jurors = new Set(ctx.jurors);
  const noCriteria = new Map<string, Criterion>();
  for (const { row, cells } of table.rows) {
    const juror = (cells[cj] ?? '').trim();
    const entry = (cells[ce] ?? '').trim();
    const criterion = (cells[cc] ?? '').trim();
    const score = (cells[cs] ?? '').trim();
    const comment = cm >= 0 ? (cells[cm] ?? '').trim() : '';
    if (!juror && !entry && !criterion && !score && !comment && !cells.some((c) => c.trim())) continue;
    const at = (column: string, p: Omit<Problem, 'file' | 'row' | 'column'>) => problems.push({ ...p, file, row, column: table.headers[col[column as keyof typeof col]] ?? column });
    // Cells past the header are a row that ran into the next one (a line break lost between
    // Windows and Unix lines): refused, so that no score is silently dropped.
    if (cells.length > width && cells.slice(width).some((c) => c.trim())) {
      problems.push({ code: 'tooManyCells', file, row, params: { cells: cells.length, columns: table.headers.length } });
      continue;
    }
    if (!jurors.has(juror)) {
      const panel = scoringJurors(ctx.definition).map((j) => j.id);
      at('juror', panel.includes(juror) ? { code: 'wrongJuror', params: { value: juror, expected: ctx.jurors.join(', ') } } : { code: 'jurorNotOnPanel', params: { id: juror, allowed: panel.join(', ') } });
      continue;
    }
    const nomination = ctx.entries.get(entry);
    if (nomination === undefined) {
      at('entry', { code: ctx.scope === 'package' ? 'entryNotInPackage' : 'unknownEntry', params: { id: entry } });
      continue;
    }
    let mine = out.get(juror);
    if (!mine) out.set(juror, (mine = emptyScores()));
    if (score.length === 7 && score.toLowerCase() === 'recused') {
      // Written on several rows of the entry, a recusal keeps every reason given (an empty one adds nothing).
      mine.recusals.set(entry, joinText(mine.recusals.get(entry), comment));
      anyRecusal = true;
      continue;
    }
    if (comment) mine.comments.set(entry, joinText(mine.comments.get(entry), comment));
    const nominationCriteria = criteria.get(nomination ?? '') ?? noCriteria;
    const c = nominationCriteria.get(criterion);
    if (!c) {
      at('criterion', { code: 'criterionNotInNomination', params: { id: criterion, entry, allowed: [...nominationCriteria.keys()].join(', ') } });
      continue;
    }
    const key = scoreKey(entry, criterion);
    let firstRows = seen.get(juror);
    if (!firstRows) seen.set(juror, (firstRows = new Map()));
    const first = firstRows.get(key);
    if (first !== undefined) {
      at('criterion', { code: 'duplicateScore', params: { firstRow: first } });
      continue;
    }
    firstRows.set(key, row);
    if (!score) continue;
    const checked = check(c, score);
    if (!checked.ok) {
      at('score', { code: checked.code, params: checked.params });
      continue;
    }
    mine.scores.set(key, checked.text!);
  }
  // A score and a recusal of the same juror and entry contradict each other: every such score row is named.
  if (anyRecusal) {
    for (const [juror, marks] of out) {
      if (!marks.recusals.size) continue;
      for (const [key, row] of seen.get(juror) ?? []) {
        const entry = key.slice(0, key.indexOf('\u0000'));
        if (marks.recusals.has(entry) && marks.scores.has(key)) problems.push({ code: 'recusedScored', file, row, column: table.headers[col.score], params: { entry } });
      }
    }
  }
  // In row order, as the user reads the sheet (recusedScored is only known at the end).
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (!problems.length) return ok(out);
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push({ code: 'moreProblems', file, params: { count: problems.length - MAX_PROBLEMS } });
  return fail(...shown);
}

/** Text given on several rows of one entry: each different line once, in row order. */
function joinText(before: string | undefined, text: string): string {
  if (!before) return text;
  return !text || `\n${before}\n`.includes(`\n${text}\n`) ? before : `${before}\n${text}`;
}

export function emptyScores(): JurorScores {
  return { scores: new Map(), comments: new Map(), recusals: new Map() };
}

export const scoreKey = (entry: string, criterion: string) => `${entry}\u0000${criterion}`;
