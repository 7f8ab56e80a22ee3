import { fail, ok, type Result } from '../problem';

export type TextEncodingName = 'utf-8' | 'windows-1251';

/** UTF-8 only (a BOM is allowed): for JSON files, which the standard says are UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array, file?: string): Result<string> {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes));
  } catch {
    const offset = scanUtf8(hasBom ? bytes.subarray(3) : bytes).firstInvalid + (hasBom ? 3 : 0);
    return fail({ code: 'invalidUtf8', ...(file ? { file } : {}), row: lineOf(bytes, offset), params: { offset } });
  }
}

/**
 * Bytes of a CSV file to text. UTF-8 (with or without BOM) is tried first and strictly:
 * a file that is UTF-8 in places and broken in others is refused with the place named,
 * never decoded into `?` or mojibake. A file with no valid UTF-8 multi-byte sequence at
 * all whose high bytes are Cyrillic letters is Windows-1251 (Excel's "CSV" on Russian Windows).
 */
export function decodeText(bytes: Uint8Array, file?: string): Result<{ text: string; encoding: TextEncodingName }> {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return ok({ text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' });
  } catch {
    // not UTF-8: decide between Windows-1251 and a broken file below
  }
  const scan = scanUtf8(body);
  // Windows-1251 text can form the odd valid UTF-8 pair by chance ("Пё" is CF B8), but in it
  // bytes that are not UTF-8 far outnumber them; a UTF-8 file broken in one place is the reverse.
  if (!hasBom && scan.invalid > scan.validMultiByte && looksLikeCp1251(body)) {
    const text = new TextDecoder('windows-1251').decode(body);
    // Windows-1251 has no Ә Ғ Қ Ң Ө Ұ Ү Һ: Excel writes "?" for them, and the names are lost.
    const lost = /(?<!\p{L})\?[\u0400-\u04ff]|[\u0400-\u04ff]\?[\u0400-\u04ff]/u.exec(text); // "?аниева", "ра?мет"; not "Да?"
    if (lost) {
      const row = text.slice(0, lost.index).split('\n').length;
      const sample = text.slice(Math.max(0, lost.index - 12), lost.index + 12).replace(/\s+/g, ' ').trim();
      return fail({ code: 'lostLetters', ...(file ? { file } : {}), row, params: { sample } });
    }
    return ok({ text, encoding: 'windows-1251' });
  }
  const offset = scan.firstInvalid + (hasBom ? 3 : 0);
  return fail({ code: 'invalidUtf8', ...(file ? { file } : {}), row: lineOf(bytes, offset), params: { offset } });
}

function scanUtf8(b: Uint8Array): { validMultiByte: number; invalid: number; firstInvalid: number } {
  let validMultiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    let good = len > 0 && i + len <= b.length;
    for (let k = 1; good && k < len; k++) good = (b[i + k] & 0xc0) === 0x80;
    if (good) {
      validMultiByte++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { validMultiByte, invalid, firstInvalid: Math.max(firstInvalid, 0) };
}

/**
 * Plain Russian-Windows text: letters А–я, and among 0x80–0xBF only Ё ё І і and common
 * punctuation (« » № … – — quotes, no-break space, ° § ± · © ® ™). Kazakh code pages
 * (KZ-1048) put Ә Ғ Қ … in 0x80–0xBF; such a file is not guessed at but refused.
 */
const CP1251_EXTRAS = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0xa0, 0xa7, 0xa8, 0xa9, 0xab, 0xae, 0xb0, 0xb1, 0xb2, 0xb3, 0xb7, 0xb8, 0xb9, 0xbb]);
function looksLikeCp1251(b: Uint8Array): boolean {
  let high = 0;
  for (const c of b) {
    if (c < 0x80) continue;
    if (c < 0xc0 && !CP1251_EXTRAS.has(c)) return false;
    high++;
  }
  return high > 0;
}

/**
 * The 1-based record (row) a byte offset falls in, counted as the CSV reader counts rows:
 * a line break inside a quoted cell does not start a new row.
 */
function lineOf(b: Uint8Array, offset: number): number {
  let row = 1;
  let quoted = false;
  for (let i = 0; i < offset && i < b.length; i++) {
    if (b[i] === 0x22) quoted = !quoted;
    else if (b[i] === 0x0a && !quoted) row++;
  }
  return row;
}
