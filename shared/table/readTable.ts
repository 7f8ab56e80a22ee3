import { fail, type Result } from '../problem';
import { parseCsv } from './csv';
import type { Table } from './table';
import { parseXlsx } from './xlsx';

/** CSV/TSV/TXT or XLSX by content (a ZIP signature) and name; anything else is refused. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Result<Table>> {
  const lower = fileName.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || lower.endsWith('.xlsx')) {
    if (!isZip) return fail({ code: 'unreadableXlsx', file: fileName, params: { detail: 'not a ZIP container' } });
    return parseXlsx(bytes, fileName);
  }
  if (lower.endsWith('.xls') || isBinary(bytes)) return fail({ code: 'unsupportedFile', file: fileName });
  return parseCsv(bytes, fileName);
}

/** NUL bytes never occur in a text table (they do in PDFs, images, old .xls). */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
