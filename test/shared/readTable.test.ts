import { contestFromTemplate } from '../../shared/contest/templates';
import { buildEntries } from '../../shared/entries/importRows';
import { suggestMapping } from '../../shared/entries/mapping';
import { parseCsv } from '../../shared/table/csv';
import { readTable } from '../../shared/table/readTable';
import type { Table } from '../../shared/table/table';
import { parseXlsx } from '../../shared/table/xlsx';
import { fixtureBytes, utf8 } from './helpers/common';
import { buildXlsx } from './helpers/xlsxBuilder';

async function read(name: string, bytes: Uint8Array): Promise<Table> {
  const res = await readTable(name, bytes);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.value;
}

const FORM_CSV = 'thanks-challenge/entries-google-form.csv';
const FORM_XLSX = 'thanks-challenge/entries-google-form.xlsx';

describe('shared/table/readTable + xlsx', () => {
  describe('the Google Form fixture', () => {
    it('reads the CSV: 12 Kazakh headers and 125 rows', async () => {
      const t = await read('entries-google-form.csv', fixtureBytes(FORM_CSV));
      expect(t.source).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ',' });
      expect(t.headers).toHaveLength(12);
      expect(t.headers[0]).toBe('Уақыт белгісі');
      expect(t.headers[11]).toBe('Қаралымдар саны');
      expect(t.rows).toHaveLength(125);
      expect(t.rows[0]).toMatchObject({ row: 2, cells: expect.arrayContaining(['Ғаниева Ғалым', '#Барлығына рақмет']) });
    });

    it('the XLSX gives the same headers, rows, row numbers and cells as the CSV', async () => {
      const fromCsv = await read('entries-google-form.csv', fixtureBytes(FORM_CSV));
      const fromXlsx = await read('entries-google-form.xlsx', fixtureBytes(FORM_XLSX));
      expect(fromXlsx.source).toEqual({ kind: 'xlsx', sheet: '1' });
      expect(fromXlsx.headers).toEqual(fromCsv.headers);
      expect(fromXlsx.rows).toHaveLength(125);
      expect(fromXlsx.rows).toEqual(fromCsv.rows);
    });

    it('keeps a multi-line quoted cell in both formats', async () => {
      for (const [name, path] of [['f.csv', FORM_CSV], ['f.xlsx', FORM_XLSX]]) {
        const t = await read(name, fixtureBytes(path));
        expect(t.rows.some((r) => r.cells.some((c) => c.includes('"Радуга" тобы\n(мектепалды'))), name).toBe(true);
      }
    });

    it('detects XLSX by content whatever the name', async () => {
      const t = await read('export.dat', fixtureBytes(FORM_XLSX));
      expect(t.source.kind).toBe('xlsx');
    });

    it('accepts an upper-case .XLSX name', async () => {
      expect((await read('ENTRIES.XLSX', fixtureBytes(FORM_XLSX))).rows).toHaveLength(125);
    });
  });

  describe('XLSX cells (hand-built workbook)', () => {
    it('keeps stored number digits, formats dates as DD.MM.YYYY HH:MM:SS, skips empty rows', async () => {
      const bytes = buildXlsx([
        [{ s: ' id ' }, { s: 'likes' }, { s: 'submitted' }],
        [{ s: '1' }, { n: '12.50' }, { d: 45351.5 }],
        [null, null, null],
        [{ s: '2' }, { n: '0.1' }, { d: 45351 }],
      ]);
      const t = await read('x.xlsx', bytes);
      expect(t.headers).toEqual(['id', 'likes', 'submitted']);
      expect(t.rows).toEqual([
        { row: 2, cells: ['1', '12.50', '29.02.2024 12:00:00'] },
        { row: 4, cells: ['2', '0.1', '29.02.2024'] },
      ]);
    });

    it('drops trailing empty (styled) cells beyond the header', async () => {
      const bytes = buildXlsx([
        [{ s: 'a' }, { s: 'b' }],
        [{ s: '1' }, { s: '2' }, { s: '' }],
      ]);
      const t = await read('x.xlsx', bytes);
      expect(t.headers).toEqual(['a', 'b']);
      expect(t.rows.map((r) => r.cells)).toEqual([['1', '2']]);
    });

    // Regression (fixed): a value to the right of the last header cell in an XLSX is silently dropped instead of
    // refused. read-excel-file pads every row (the header too) to the widest row, so parseXlsx
    // returns headers ['a', 'b', ''] and buildEntries never sees more cells than headers. The same
    // data as CSV is refused with tooManyCells (SCORING.md §6: "a row is bad when it has more cells
    // than the header").
    it('an XLSX row with more cells than the header is refused like in CSV (tooManyCells)', async () => {
      const def = contestFromTemplate('blank');
      const bytes = buildXlsx([
        [{ s: 'participant' }, { s: 'likes' }],
        [{ s: 'Әлихан' }, { n: '3' }],
        [{ s: 'Ғалым' }, { n: '4' }, { s: 'stray' }],
      ]);
      const t = await read('x.xlsx', bytes);
      const res = buildEntries(t, suggestMapping(t.headers), def, 'x.xlsx');
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'tooManyCells', row: 3 }] });
    });

    it('the same stray cell in CSV is refused with tooManyCells', async () => {
      const def = contestFromTemplate('blank');
      const t = await read('x.csv', utf8('participant,likes\nӘлихан,3\nҒалым,4,stray\n'));
      const res = buildEntries(t, suggestMapping(t.headers), def, 'x.csv');
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'tooManyCells', row: 3 }] });
    });

    it('parseXlsx refuses bytes that are not a workbook', async () => {
      const res = await parseXlsx(utf8('PK not really a zip'), 'x.xlsx');
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'unreadableXlsx', file: 'x.xlsx' }] });
    });
  });

  describe('refusals', () => {
    it('a PDF-like binary (with NUL bytes) is unsupportedFile', async () => {
      const pdf = Uint8Array.from([...utf8('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01, 0x02, 0x00, ...utf8('endobj\n')]);
      expect(await readTable('entries.pdf', pdf)).toEqual({ ok: false, problems: [{ code: 'unsupportedFile', file: 'entries.pdf' }] });
      expect(await readTable('entries.csv', pdf)).toEqual({ ok: false, problems: [{ code: 'unsupportedFile', file: 'entries.csv' }] });
    });

    it('an old .xls is unsupportedFile', async () => {
      const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
      expect(await readTable('entries.xls', ole)).toEqual({ ok: false, problems: [{ code: 'unsupportedFile', file: 'entries.xls' }] });
    });

    it('a .xlsx name with non-zip content is unreadableXlsx', async () => {
      const res = await readTable('entries.xlsx', utf8('id,participant\n1,Әлихан\n'));
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'unreadableXlsx', file: 'entries.xlsx' }] });
    });

    it('a ZIP that is not a workbook is unreadableXlsx', async () => {
      const zipNoWorkbook = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
      const res = await readTable('entries.csv', zipNoWorkbook);
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'unreadableXlsx', file: 'entries.csv' }] });
    });

    it('an empty file is emptyFile', async () => {
      expect(await readTable('entries.csv', new Uint8Array())).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'entries.csv' }] });
    });

    it('an empty workbook is emptyFile', async () => {
      expect(await readTable('entries.xlsx', buildXlsx([]))).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'entries.xlsx' }] });
    });
  });

  it('reads .txt and .tsv text as CSV', async () => {
    expect((await read('entries.tsv', utf8('a\tb\n1\t2\n'))).source).toMatchObject({ kind: 'csv', delimiter: '\t' });
    expect((await read('entries.txt', utf8('a;b\n1;2\n'))).source).toMatchObject({ kind: 'csv', delimiter: ';' });
  });

  it('gives the same result as parseCsv for CSV bytes', async () => {
    const bytes = fixtureBytes('best-work/entries.csv');
    expect(await readTable('entries.csv', bytes)).toEqual(parseCsv(bytes, 'entries.csv'));
  });
});
