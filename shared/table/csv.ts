import Papa from 'papaparse';
import { fail, ok, type Result } from '../problem';
import { decodeText } from './decode';
import type { Table, TableRow } from './table';

const DELIMITERS = [',', ';', '\t'];

/** CSV bytes to a table: encoding detected, delimiter guessed among comma, semicolon and tab. */
export function parseCsv(bytes: Uint8Array, file?: string): Result<Table> {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  if (!text.trim()) return fail({ code: 'emptyFile', ...(file ? { file } : {}) });
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return fail({ code: 'badQuotes', ...(file ? { file } : {}), row: (quoteError.row ?? 0) + 1 });
  const records = parsed.data;
  const headers = (records[0] ?? []).map((h) => h.trim());
  const rows: TableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i];
    if (cells.every((c) => c.trim() === '')) continue; // blank lines, including the trailing one
    rows.push({ row: i + 1, cells });
  }
  return ok({ headers, rows, source: { kind: 'csv', encoding: decoded.value.encoding, delimiter } });
}

/** The delimiter that splits the header line into the most columns (quotes respected). */
function guessDelimiter(text: string): string {
  const firstLine = firstRecord(text);
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = Papa.parse<string[]>(firstLine, { delimiter: d }).data[0]?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function firstRecord(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if ((c === '\n' || c === '\r') && !inQuotes) return text.slice(0, i);
  }
  return text;
}
