import { parseCsv } from '../../shared/table/csv';
import { csvCell } from '../../shared/table/csvWrite';
import { utf8 } from './helpers/common';

describe('shared/table/csvWrite', () => {
  describe('csvCell', () => {
    it.each([
      ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
      ['+77011234567', "'+77011234567"],
      ['-3', "'-3"],
      ['@cmd', "'@cmd"],
      ['\tTAB', "'\tTAB"],
      ['\rCR', `"'\rCR"`],
      ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ])('neutralises the formula-leading text %j', (value, expected) => {
      expect(csvCell(value)).toBe(expected);
    });

    it.each([
      ['Әлихан', 'Әлихан'],
      ['', ''],
      ['a"b', '"a""b"'],
      ['«Балдырған», №56', '"«Балдырған», №56"'],
      ['a;b', '"a;b"'],
      ['line\nbreak', '"line\nbreak"'],
      ['cr\r\nlf', '"cr\r\nlf"'],
      [' padded ', '" padded "'],
      ['1-2', '1-2'],
      ['a=b', 'a=b'],
    ])('quotes only when needed: %j → %j', (value, expected) => {
      expect(csvCell(value)).toBe(expected);
    });

    it.each([
      [7.5, '7.5'],
      [-3, '-3'],
      [0, '0'],
      [1234567, '1234567'],
      [true, 'true'],
      [false, 'false'],
    ])('writes the number or boolean %j raw', (value, expected) => {
      expect(csvCell(value)).toBe(expected);
    });

    it('writes null and undefined as an empty cell', () => {
      expect(csvCell(null)).toBe('');
      expect(csvCell(undefined)).toBe('');
    });

    it('cells written with csvCell read back through parseCsv', () => {
      const values = ['id', 'a"b', 'x,y', 'two\nlines', '=1+1', 'Ғалым'];
      const res = parseCsv(utf8(`${values.map(csvCell).join(',')}\n1,2,3,4,5,6\n`));
      if (!res.ok) throw new Error('unreadable');
      expect(res.value.headers).toEqual(['id', 'a"b', 'x,y', 'two\nlines', "'=1+1", 'Ғалым']);
      expect(res.value.rows).toHaveLength(1);
    });
  });
});
