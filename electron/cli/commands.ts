import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseContestFile } from '../../shared/contest/file';
import type { ColumnMapping } from '../../shared/entries/mapping';
import { ENTRY_FIELDS, type EntryField } from '../../shared/entries/model';
import { ineligibilityReason } from '../../shared/entries/status';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { ProblemError } from '../../shared/problem';
import { decodeUtf8Strict } from '../../shared/table/decode';
import { readTable } from '../../shared/table/readTable';
import { foldForSearch } from '../../shared/text/fold';
import { csvCell } from '../../shared/table/csvWrite';
import { systemContext } from '../services/context';
import { ContestWorkspace } from '../services/contestWorkspace';
import { writeFileDurably } from '../services/durableFile';
import { readFileOrProblem } from '../services/fileInput';
import { commitImport, initialMapping } from '../services/entryImport';
import { UsageError, type ParsedArgs } from './args';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const ctx = systemContext();

/** jury new DB --definition contest.json */
export function cmdNew({ positional, flags }: ParsedArgs, io: Io): void {
  const [db] = positional;
  const definition = flags.get('definition');
  if (!db || !definition || positional.length !== 1) throw new UsageError('jury new DB --definition contest.json');
  const text = decodeUtf8Strict(new Uint8Array(readFileOrProblem(definition)), basename(definition));
  if (!text.ok) throw new ProblemError(text.problems);
  const parsed = parseContestFile(text.value, basename(definition));
  if (!parsed.ok) throw new ProblemError(parsed.problems);
  if (existsSync(db)) throw new ProblemError([{ code: 'io', file: basename(db), params: { detail: 'the file already exists; choose a new name' } }]);
  const ws = ContestWorkspace.create(resolve(db), parsed.value, ctx);
  io.out(`Created ${db} (${parsed.value.nominations.length} nominations, ${parsed.value.jury.length} jury members)\n`);
  ws.close();
}

function mentioned(option: string | undefined, header: string): boolean {
  return !!option && option.split(',').some((pair) => pair.slice(0, pair.lastIndexOf('=')).trim() === header);
}

/** "Header=field" pairs given with --map override the remembered or suggested mapping. */
function applyMapOption(headers: string[], base: ColumnMapping, option: string | undefined): ColumnMapping {
  if (!option) return base;
  const mapping = [...base];
  for (const pair of option.split(',')) {
    const at = pair.lastIndexOf('=');
    const header = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    const column = headers.indexOf(header);
    if (at < 0 || column < 0) throw new UsageError(`--map: no column "${header}" in the file`);
    if (field !== '' && field !== '-' && !ENTRY_FIELDS.includes(field as EntryField)) throw new UsageError(`--map: "${field}" is not a field (${ENTRY_FIELDS.join(', ')})`);
    mapping[column] = field === '' || field === '-' ? null : (field as EntryField);
  }
  return mapping;
}

/** jury import-entries DB FILE [--map "Header=field,…"] */
export async function cmdImportEntries({ positional, flags }: ParsedArgs, io: Io): Promise<void> {
  const [db, file] = positional;
  if (!db || !file || positional.length !== 2) throw new UsageError('jury import-entries DB FILE [--map "Header=field,…"] [--accept-suggested]');
  const ws = ContestWorkspace.open(db, ctx);
  try {
    const bytes = new Uint8Array(readFileOrProblem(file));
    const table = await readTable(basename(file), bytes);
    if (!table.ok) throw new ProblemError(table.problems);
    const headers = table.value.headers;
    const start = initialMapping(ws, headers);
    // Canonical headers and a mapping confirmed earlier are certain; anything else was guessed
    // from the wording of a question, and the CLI does not import on a guess. A file with
    // canonical headers (SCORING.md §6) is taken as it is: its other columns are ignored.
    const isGuess = (h: string, i: number) => start.origin === 'suggested' && !!start.mapping[i] && foldForSearch(h) !== start.mapping[i] && !mentioned(flags.get('map'), h);
    const canonicalFile = headers.some((h, i) => !!start.mapping[i] && foldForSearch(h) === start.mapping[i]);
    const accept = flags.has('accept-suggested');
    const base = canonicalFile && !accept ? start.mapping.map((f, i) => (isGuess(headers[i], i) ? null : f)) : start.mapping;
    const mapping = applyMapOption(headers, base, flags.get('map'));
    const guessed = headers.map((h, i) => ({ h, field: mapping[i], i })).filter(({ h, field, i }) => field && isGuess(h, i));
    if (guessed.length && !accept) {
      const list = guessed.map(({ h, field }) => `  ${h} → ${field}`).join('\n');
      throw new UsageError(`these columns were matched by guess; confirm with --accept-suggested or set them with --map "Header=field,…":\n${list}`);
    }
    const r = await commitImport(ws, { fileName: basename(file), bytes }, mapping);
    const used = table.value.headers.map((h, i) => `  ${h} → ${r.mapping[i] ?? '(ignored)'}`).join('\n');
    io.err(`Columns:\n${used}\n`);
    io.out(`Imported ${file}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged\n`);
  } finally {
    ws.close();
  }
}

const ENTRY_COLUMNS = ['id', 'nomination', 'participant', 'organisation', 'region', 'age_group', 'link', 'media', 'likes', 'comments', 'views', 'eligible', 'reason'] as const;

/** jury entries DB [--format csv|json] [--out FILE] [--lang kk|ru|en] */
export function cmdEntries({ positional, flags }: ParsedArgs, io: Io): void {
  const [db] = positional;
  const format = flags.get('format') ?? 'json';
  if (!db || positional.length !== 1 || (format !== 'json' && format !== 'csv')) throw new UsageError('jury entries DB [--format csv|json] [--out FILE]');
  const langFlag = flags.get('lang');
  if (langFlag !== undefined && !isLanguage(langFlag)) throw new UsageError('--lang must be kk, ru or en');
  const ws = ContestWorkspace.open(db, ctx);
  let text: string;
  try {
    const lang: Language = langFlag ?? ws.definition().language;
    const rows = ws.entries().map((e) => ({
      id: e.id,
      nomination: e.nomination,
      participant: e.participant,
      organisation: e.organisation,
      region: e.region,
      age_group: e.age_group,
      link: e.link,
      media: e.media,
      likes: e.likes,
      comments: e.comments,
      views: e.views,
      eligible: e.eligible,
      reason: ineligibilityReason(e, lang),
    }));
    text =
      format === 'json'
        ? `${JSON.stringify({ entries: rows }, null, 2)}\n`
        : '\uFEFF' + [ENTRY_COLUMNS.join(','), ...rows.map((r) => ENTRY_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
  } finally {
    ws.close();
  }
  const out = flags.get('out');
  if (out) writeFileDurably(out, text, basename(out));
  else io.out(text);
}
