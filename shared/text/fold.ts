/**
 * Kazakh-aware text helpers. SQLite's lower() folds ASCII only, so Ә Ғ Қ Ң Ө Ұ Ү Һ І would
 * never match their lower case; search and sorting therefore happen here, with ICU.
 */

/** Lower case, NFC, single spaces: the form search compares. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('kk').replace(/\s+/gu, ' ').trim();
}

let collator: Intl.Collator | undefined;
/** One shared Kazakh collator: numeric so that "№2" sorts before "№10". */
export function kazakhCollator(): Intl.Collator {
  collator ??= new Intl.Collator('kk', { numeric: true, sensitivity: 'base' });
  return collator;
}

/** Compares two optional strings the Kazakh way; empty values sort last. */
export function compareKazakh(a: string | null | undefined, b: string | null | undefined): number {
  const ea = a == null || a === '';
  const eb = b == null || b === '';
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  return kazakhCollator().compare(a, b);
}
