import { readSheet } from 'read-excel-file/universal';
import { fail, ok, type Result } from '../problem';
import type { Table, TableRow } from './table';

/**
 * The first sheet of an XLSX workbook as text cells. Numbers keep the digits the file
 * stores (no float rounding); dates become "DD.MM.YYYY HH:MM:SS" as Google Forms shows them.
 */
export async function parseXlsx(bytes: Uint8Array, file?: string): Promise<Result<Table>> {
  let data: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = (await readSheet(buffer, { parseNumber: (s: string) => s, trim: false })) as unknown[][];
  } catch (e) {
    return fail({ code: 'unreadableXlsx', ...(file ? { file } : {}), params: { detail: (e as Error).message } });
  }
  if (!data.length) return fail({ code: 'emptyFile', ...(file ? { file } : {}) });
  // The reader pads every row to the widest one: trailing empty header cells are not columns.
  const headers = (data[0] ?? []).map((c) => cellText(c).trim());
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  const rows: TableRow[] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = (data[i] ?? []).map(cellText);
    while (cells.length > headers.length && cells[cells.length - 1] === '') cells.pop(); // padding, not data
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: i + 1, cells });
  }
  return ok({ headers, rows, source: { kind: 'xlsx', sheet: '1' } });
}

function cellText(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) return formatDate(v);
  return String(v);
}

const pad = (n: number) => String(n).padStart(2, '0');
function formatDate(d: Date): string {
  const date = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
  return date + time;
}
