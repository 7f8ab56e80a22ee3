import { decodeText } from '../../shared/table/decode';
import { cp1251, utf8, withBom } from './helpers/common';

describe('shared/table/decode', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8('id,аты\n1,Әлихан Ұлы\n'))).toEqual({ ok: true, value: { text: 'id,аты\n1,Әлихан Ұлы\n', encoding: 'utf-8' } });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const res = decodeText(withBom(utf8('id,аты\n1,Ғаниева\n')));
    expect(res).toEqual({ ok: true, value: { text: 'id,аты\n1,Ғаниева\n', encoding: 'utf-8' } });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b\n1,2\n'))).toEqual({ ok: true, value: { text: 'a,b\n1,2\n', encoding: 'utf-8' } });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, value: { text: '', encoding: 'utf-8' } });
  });

  it('builds Windows-1251 test bytes as expected', () => {
    expect([...cp1251('Иванов')]).toEqual([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2]);
  });

  it('detects Windows-1251 ("Иванов")', () => {
    const res = decodeText(cp1251('id;ФИО\n1;Иванов Иван\n'));
    expect(res).toEqual({ ok: true, value: { text: 'id;ФИО\n1;Иванов Иван\n', encoding: 'windows-1251' } });
  });

  it('detects Windows-1251 with Ё/ё, №, І/і and mixed case', () => {
    const text = 'ФИО;Организация\nСеменова Алёна;Детский сад №5\nЁлкин Ілияс;школа\n';
    expect(decodeText(cp1251(text))).toEqual({ ok: true, value: { text, encoding: 'windows-1251' } });
  });

  // Regression (fixed): decodeText refuses Windows-1251 text in which a capital letter is followed by ё, », « or №
  // (e.g. "Пётр" = CF B8, "БАЛАПАН»" ends CD BB): such a byte pair happens to be a valid UTF-8
  // two-byte sequence, so scanUtf8 counts validMultiByte > 0 and the cp1251 branch is skipped.
  it('detects Windows-1251 with "Пётр Фёдоров" (capital letter + ё)', () => {
    const text = 'id;ФИО\n1;Пётр Фёдоров\n';
    expect(decodeText(cp1251(text))).toEqual({ ok: true, value: { text, encoding: 'windows-1251' } });
  });

  // Regression (fixed): same cause: an upper-case organisation name in guillemets (ТОО «БАЛАПАН») is common in Kazakhstan.
  it('detects Windows-1251 with an upper-case name in guillemets (ТОО «БАЛАПАН»)', () => {
    const text = 'id;Организация\n1;ТОО «БАЛАПАН»\n';
    expect(decodeText(cp1251(text))).toEqual({ ok: true, value: { text, encoding: 'windows-1251' } });
  });

  it('refuses valid UTF-8 with one invalid byte, naming the row and byte offset', () => {
    const good = utf8('id,аты\n1,Әлихан\n2,');
    const bytes = Uint8Array.from([...good, 0xff, ...utf8('Бек\n')]);
    const res = decodeText(bytes, 'entries.csv');
    expect(res).toEqual({ ok: false, problems: [{ code: 'invalidUtf8', file: 'entries.csv', row: 3, params: { offset: good.length } }] });
  });

  it('refuses a truncated UTF-8 sequence on the first line', () => {
    const bytes = Uint8Array.from([...utf8('аты'), 0xd0]);
    const res = decodeText(bytes);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ code: 'invalidUtf8', row: 1, params: { offset: 6 } });
  });

  it('never treats a file with a UTF-8 BOM as Windows-1251; the offset counts the BOM', () => {
    const res = decodeText(withBom(cp1251('ФИО\nИванов\n')));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ code: 'invalidUtf8', row: 1, params: { offset: 3 } });
  });

  it('refuses high bytes that are not Cyrillic letters (not mojibake)', () => {
    const res = decodeText(Uint8Array.from([0x61, 0x0a, 0x80, 0x81, 0x82, 0x83, 0x0a]));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ code: 'invalidUtf8', row: 2 });
  });

  it('refuses a byte undefined in Windows-1251 (0x98)', () => {
    const bytes = Uint8Array.from([...cp1251('Иванов'), 0x98]);
    expect(decodeText(bytes).ok).toBe(false);
  });
});

describe('Windows-1251 that cannot hold Kazakh', () => {
  const bytes = (...parts: (string | number[])[]) =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
  it('refuses a file whose Kazakh letters Excel turned into "?", naming the row', () => {
    // "name\n?аниева ?алым" in Windows-1251
    const r = decodeText(bytes('name\n', [0x3f, 0xe0, 0xed, 0xe8, 0xe5, 0xe2, 0xe0, 0x20, 0x3f, 0xe0, 0xeb, 0xfb, 0xec]), 'gf.csv');
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'lostLetters', file: 'gf.csv', row: 2 }] });
  });
  it('refuses a Kazakh code page (KZ-1048) instead of guessing letters', () => {
    // KZ-1048 puts Kazakh letters in 0x80–0xBF, e.g. 0x8A, 0x9A
    expect(decodeText(bytes('a,b\n', [0xe0, 0x8a, 0xe1, 0x9a]), 'kz.csv')).toMatchObject({ ok: false });
  });
  it('still reads plain Russian Windows-1251 with a question mark in ordinary text', () => {
    const r = decodeText(bytes('q\n', [0xc4, 0xe0, 0x3f, 0x20, 0x22, 0xc4, 0xe0, 0x22]), 'ru.csv'); // Да? "Да"
    expect(r).toEqual({ ok: true, value: { text: 'q\nДа? "Да"', encoding: 'windows-1251' } });
  });
});
