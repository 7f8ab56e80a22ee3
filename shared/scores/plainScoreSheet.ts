import type { ContestDefinition, Criterion } from '../contest/model';
import { scoredNominations } from '../contest/model';
import { checkScore, scoreText } from './scoreValue';

export interface PlainSheet {
  /** Per juror, the sheet's scores as a JSON array of [entry, criterion, value] rows. */
  rows: Map<string, string>;
  /** Per juror, the entries the sheet scores. */
  entries: Map<string, Set<string>>;
  count: number;
}

export interface PlainSheetContext {
  definition: ContestDefinition;
  entries: ReadonlyMap<string, string | null>;
  jurors: readonly string[];
}

const HEADERS = ['juror', 'entry', 'criterion', 'score'];

/**
 * The bulk case of a paper sheet (SCORING.md §6) — a UTF-8 CSV with the header
 * `juror,entry,criterion,score[,comment]`, no quotes, every row a valid score and no comment,
 * recusal, blank score or repeated cell — read line by line without building a table, so that
 * 1.5 million scores take a second, not several. Anything else returns null and the caller reads
 * the sheet the general way (parseScoreSheet), which names every problem by row and column: both
 * ways give the same marks for a sheet this one accepts.
 */
export function readPlainScoreSheet(bytes: Uint8Array, ctx: PlainSheetContext): PlainSheet | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let end = text.indexOf('\n');
  if (end < 0) return null;
  const header = text.slice(0, end).replace(/\r$/, '').split(',').map((h) => h.trim().toLowerCase());
  const width = header.length;
  if (!HEADERS.every((h, i) => header[i] === h) || (width === 5 ? header[4] !== 'comment' : width !== 4)) return null;

  const jurors = new Set(ctx.jurors);
  const criteria = new Map(scoredNominations(ctx.definition).map((n) => [n.id, new Map(n.criteria.map((c, i) => [c.id, { c, i }]))]));
  const width0 = Math.max(1, ...scoredNominations(ctx.definition).map((n) => n.criteria.length));
  const entryIndex = new Map([...ctx.entries.keys()].map((id, i) => [id, i]));
  const checks = new Map<Criterion, Map<string, string | null>>();
  // The end of a row, `,"criterion","value"]`, is one of a few dozen: made once each.
  const tails = new Map<Criterion, Map<string, string>>();
  const seen = new Map<string, Uint8Array>();
  const out = new Map<string, string[]>();
  const scored = new Map<string, Set<string>>();
  let count = 0;
  // A quoted cell may hold commas or line breaks: such a sheet is read the general way.
  if (text.includes('"')) return null;
  const fields: string[] = new Array(width).fill('');
  for (let pos = end + 1; pos < text.length; pos = end + 1) {
    end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    // The line's fields, cut straight out of the text: no array of lines, no array per line.
    let at = pos;
    let n = 0;
    for (; n < width; n++) {
      let comma = text.indexOf(',', at);
      if (comma < 0 || comma > lineEnd) comma = lineEnd;
      fields[n] = text.slice(at, comma);
      at = comma + 1;
      if (comma === lineEnd) break;
    }
    if (at <= lineEnd) return null; // more cells than the header
    if (n < width - 1) {
      // fewer cells than the header: only a blank line is plain
      if (text.slice(pos, lineEnd).trim() === '') continue;
      return null;
    }
    const juror = fields[0].trim();
    const entry = fields[1].trim();
    const criterion = fields[2].trim();
    const score = fields[3].trim();
    if (!juror && !entry && !criterion && !score && (width === 4 || !fields[4].trim())) continue;
    if (width === 5 && fields[4].trim()) return null;
    const nomination = ctx.entries.get(entry);
    const found = nomination == null ? undefined : criteria.get(nomination)?.get(criterion);
    if (!jurors.has(juror) || !found || !score) return null;
    let byText = checks.get(found.c);
    if (!byText) checks.set(found.c, (byText = new Map()));
    let value = byText.get(score);
    if (value === undefined) {
      const checked = checkScore(score, found.c);
      byText.set(score, (value = checked.ok ? scoreText(checked.value) : null));
    }
    if (value === null) return null;
    let cellsSeen = seen.get(juror);
    if (!cellsSeen) seen.set(juror, (cellsSeen = new Uint8Array(ctx.entries.size * width0)));
    const cell = entryIndex.get(entry)! * width0 + found.i;
    if (cellsSeen[cell]) return null;
    cellsSeen[cell] = 1;
    let rows = out.get(juror);
    if (!rows) out.set(juror, (rows = [])), scored.set(juror, new Set());
    let tail = tails.get(found.c)?.get(value);
    if (tail === undefined) {
      if (!tails.has(found.c)) tails.set(found.c, new Map());
      tails.get(found.c)!.set(value, (tail = `,${json(criterion)},${json(value)}]`));
    }
    rows.push(`[${json(entry)}${tail}`);
    scored.get(juror)!.add(entry);
    count++;
  }
  if (count === 0) return null;
  return { rows: new Map([...out].map(([j, rows]) => [j, `[${rows.join(',')}]`])), entries: scored, count };
}

/** A JSON string; plain text (the usual id or score) needs no escaping. */
function json(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /["\\\u0000-\u001f\u2028\u2029]/.test(s) ? JSON.stringify(s) : `"${s}"`;
}
