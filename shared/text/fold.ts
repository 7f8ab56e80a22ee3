/**
 * Kazakh-aware text helpers. SQLite's lower() folds ASCII only, so Ә Ғ Қ Ң Ө Ұ Ү Һ І would
 * never match their lower case; search and sorting therefore happen here, with ICU.
 */

/** Lower case, NFC, single spaces: the form search compares. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('kk').replace(/\s+/gu, ' ').trim();
}

/**
 * The Kazakh alphabet's order (the 2004 Cyrillic alphabet): Ә after А, Ғ after Г, Қ after К,
 * Ң after Н, Ө after О, Ұ and Ү after У, Һ after Х, І after Ы. Spelled out here because not
 * every ICU build has Kazakh collation (Debian's Chromium falls back to Russian order).
 */
const ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const RANK = new Map([...ALPHABET].map((ch, i) => [ch, i]));

let fallback: Intl.Collator | undefined;
/** Kazakh order for Cyrillic letters, numbers by value ("№2" before "№10"), everything else by ICU. */
export function compareKazakhText(a: string, b: string): number {
  fallback ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const x = a.normalize('NFC').toLocaleLowerCase('kk');
  const y = b.normalize('NFC').toLocaleLowerCase('kk');
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x[i];
    const cy = y[j];
    if (isDigit(cx) && isDigit(cy)) {
      const [nx, ei] = number(x, i);
      const [ny, ej] = number(y, j);
      if (nx !== ny) return nx < ny ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    const rx = RANK.get(cx);
    const ry = RANK.get(cy);
    if (rx !== undefined && ry !== undefined) {
      if (rx !== ry) return rx - ry;
    } else if (cx !== cy) {
      // A Cyrillic letter sorts after Latin letters, digits and punctuation.
      if (rx !== undefined) return 1;
      if (ry !== undefined) return -1;
      const c = fallback.compare(cx, cy);
      if (c !== 0) return c;
    }
    i++;
    j++;
  }
  return x.length - i - (y.length - j);
}

const isDigit = (c: string) => c >= '0' && c <= '9';
function number(s: string, from: number): [bigint, number] {
  let end = from;
  while (end < s.length && isDigit(s[end])) end++;
  return [BigInt(s.slice(from, end)), end];
}

/** Compares two optional strings the Kazakh way; empty values sort last. */
export function compareKazakh(a: string | null | undefined, b: string | null | undefined): number {
  const ea = a == null || a === '';
  const eb = b == null || b === '';
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  return compareKazakhText(a, b);
}
