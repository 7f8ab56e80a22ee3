import { parseCsv } from '../../shared/table/csv';
import type { Table } from '../../shared/table/table';
import { cp1251, utf8, withBom } from './helpers/common';

function csv(text: string | Uint8Array, file?: string): Table {
  const res = parseCsv(typeof text === 'string' ? utf8(text) : text, file);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.value;
}

describe('shared/table/csv', () => {
  it.each([
    [',', 'id,participant,likes\n1,Әлихан,12\n2,Ғалым,7\n'],
    [';', 'id;participant;likes\n1;Әлихан;12\n2;Ғалым;7\n'],
    ['\t', 'id\tparticipant\tlikes\n1\tӘлихан\t12\n2\tҒалым\t7\n'],
  ])('detects the %j delimiter', (delimiter, text) => {
    const t = csv(text);
    expect(t.source).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter });
    expect(t.headers).toEqual(['id', 'participant', 'likes']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['1', 'Әлихан', '12'] },
      { row: 3, cells: ['2', 'Ғалым', '7'] },
    ]);
  });

  it('prefers semicolon when commas only appear inside values', () => {
    const t = csv('id;organisation\n1;Школа №5, г. Алматы\n');
    expect(t.source).toMatchObject({ delimiter: ';' });
    expect(t.rows[0].cells).toEqual(['1', 'Школа №5, г. Алматы']);
  });

  it('respects quotes when guessing from the header', () => {
    const t = csv('"a,b";c\n1;2\n');
    expect(t.headers).toEqual(['a,b', 'c']);
    expect(t.source).toMatchObject({ delimiter: ';' });
  });

  it('reads quoted fields with embedded newlines, delimiters and doubled quotes; rows are record numbers', () => {
    const t = csv('id,organisation,note\n1,"«Балдырған», ""Радуга""\n(мектепалды)",x\n2,"a\r\nb",y\n3,plain,z\n');
    expect(t.rows).toEqual([
      { row: 2, cells: ['1', '«Балдырған», "Радуга"\n(мектепалды)', 'x'] },
      { row: 3, cells: ['2', 'a\r\nb', 'y'] },
      { row: 4, cells: ['3', 'plain', 'z'] },
    ]);
  });

  it('reads CRLF line endings', () => {
    expect(csv('a,b\r\n1,2\r\n3,4\r\n').rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('ignores blank trailing lines and blank lines between rows, keeping row numbers', () => {
    const t = csv('a,b\n1,2\n\n  \n3,4\n\n\n\n');
    expect(t.rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 5, cells: ['3', '4'] },
    ]);
  });

  it('treats a row of empty cells as blank', () => {
    expect(csv('a,b\n1,2\n,\n').rows).toHaveLength(1);
  });

  it('trims headers but keeps cell text as typed', () => {
    const t = csv(' id , participant \n 1 , Әлихан \n');
    expect(t.headers).toEqual(['id', 'participant']);
    expect(t.rows[0].cells).toEqual([' 1 ', ' Әлихан ']);
  });

  it('keeps short and long rows as they are (the importer judges them)', () => {
    expect(csv('a,b,c\n1\n1,2,3,4\n').rows.map((r) => r.cells.length)).toEqual([1, 4]);
  });

  it('reads a header with no rows', () => {
    expect(csv('a,b\n').rows).toEqual([]);
  });

  it('reads UTF-8 with BOM without a BOM in the first header', () => {
    const t = csv(withBom(utf8('id,nomination\n1,social\n')));
    expect(t.headers).toEqual(['id', 'nomination']);
  });

  it('reads Windows-1251 with semicolons (Excel on Russian Windows)', () => {
    const t = csv(cp1251('ФИО;Организация;Лайки\nИванов Иван;Детский сад №5;12\n'));
    expect(t.source).toEqual({ kind: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(t.headers).toEqual(['ФИО', 'Организация', 'Лайки']);
    expect(t.rows[0].cells).toEqual(['Иванов Иван', 'Детский сад №5', '12']);
  });

  describe('refusals', () => {
    it('an unclosed quote is badQuotes with the record number', () => {
      expect(parseCsv(utf8('a,b\n1,2\n3,"never closed\n4,5\n'), 'e.csv')).toEqual({ ok: false, problems: [{ code: 'badQuotes', file: 'e.csv', row: 3 }] });
    });

    it('an unclosed quote after a multi-line record names the right record', () => {
      const res = parseCsv(utf8('a,b\n"1\n2",x\n3,"bad\n'));
      expect(res).toEqual({ ok: false, problems: [{ code: 'badQuotes', row: 3 }] });
    });

    it('text after a closing quote is badQuotes', () => {
      expect(parseCsv(utf8('a,b\n"x"y,2\n'))).toMatchObject({ ok: false, problems: [{ code: 'badQuotes', row: 2 }] });
    });

    it.each([
      ['an empty file', new Uint8Array()],
      ['only a BOM', withBom(new Uint8Array())],
      ['only blank lines', utf8(' \n\r\n\t\n')],
    ])('%s is emptyFile', (_label, bytes) => {
      expect(parseCsv(bytes, 'e.csv')).toEqual({ ok: false, problems: [{ code: 'emptyFile', file: 'e.csv' }] });
    });

    // Regression (fixed): decodeText reports invalidUtf8 with the physical line of the bad byte (lineOf counts
    // '\n'), not the record number a spreadsheet shows (Problem.row's contract, and the numbering
    // parseCsv uses for every other problem). A multi-line quoted cell before the bad byte — common
    // in Google Form answers — shifts the reported row: here row 4 is reported for record 3.
    it('invalid UTF-8 after a multi-line cell names the record, not the physical line', () => {
      const bytes = Uint8Array.from([...utf8('a,b\n1,"Әлихан\nҰлы"\n2,'), 0xff, 0x0a]);
      const res = parseCsv(bytes, 'e.csv');
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'invalidUtf8' }] }); // holds today
      expect(res).toMatchObject({ ok: false, problems: [{ code: 'invalidUtf8', row: 3 }] }); // fails: row is 4
    });

    it('invalid UTF-8 is refused with the row', () => {
      const bytes = Uint8Array.from([...utf8('a,b\n1,Ә\n2,'), 0xc3, 0x28, 0x0a]);
      expect(parseCsv(bytes, 'e.csv')).toMatchObject({ ok: false, problems: [{ code: 'invalidUtf8', file: 'e.csv', row: 3 }] });
    });
  });
});
