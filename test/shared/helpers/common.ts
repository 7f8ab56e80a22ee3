import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry, EntryData } from '../../../shared/entries/model';
import { emptyEntry } from '../../../shared/entries/model';
import type { Table } from '../../../shared/table/table';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');
export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));
export const fixtureText = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const withBom = (bytes: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

/** Windows-1251 bytes of Russian text, by a hand map (А–я, Ё/ё, «», №, І/і); ASCII as is. */
const CP1251: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '№': 0xb9, І: 0xb2, і: 0xb3 };
[...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'].forEach((c, i) => (CP1251[c] = 0xc0 + i));
[...'абвгдежзийклмнопрстуфхцчшщъыьэюя'].forEach((c, i) => (CP1251[c] = 0xe0 + i));
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    const b = CP1251[c];
    if (b === undefined) throw new Error(`no Windows-1251 byte for ${c}`);
    return b;
  }));
}

/** A CSV-like table from a header and rows; row numbers as a spreadsheet shows them. */
export function table(headers: string[], rows: string[][]): Table {
  return { headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })), source: { kind: 'csv', encoding: 'utf-8', delimiter: ',' } };
}

export const entryData = (id: string, fields: Partial<EntryData> = {}): EntryData => ({ ...emptyEntry(id), nomination: 'main', ...fields });

export function entry(seq: number, fields: Partial<Entry> = {}): Entry {
  return { ...emptyEntry(String(seq)), nomination: 'main', seq, decision: null, decisionReason: null, flags: [], eligible: true, ...fields };
}
