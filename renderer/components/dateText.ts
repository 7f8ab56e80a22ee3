/**
 * Dates typed as people in Kazakhstan write them: 02.12.2026, day first, in every language.
 *
 * A browser's <input type="date"> shows the operating system's order instead, and on an
 * English Windows that is 12/02/2026: a secretary reading it as the 12th of February would
 * put the wrong date on a signed protocol. The contest keeps ISO dates (2026-12-02).
 */

/** An ISO date (YYYY-MM-DD) as DD.MM.YYYY; anything else is shown as it is. */
export function dateToText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * What was typed, as an ISO date: '' for an empty field, null when it is not a real date.
 * Day first with dots, slashes or dashes between (2.12.2026, 02/12/2026); a pasted ISO date
 * (2026-12-02) is taken too, as its four-digit year cannot be mistaken for a day.
 */
export function textToDate(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  const parts = dateParts(s);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  // The 31st of a 30-day month (or the 29th of February in a common year) rolls over.
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Why a typed text is not a date: not written as one at all, or a day that does not exist. */
export function dateProblem(text: string): 'format' | 'noSuchDay' | null {
  if (textToDate(text) !== null) return null;
  return dateParts(text.trim()) ? 'noSuchDay' : 'format';
}

/** Year, month and day as written, day first or ISO; null when the text is not shaped as a date. */
function dateParts(s: string): [number, number, number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  const m = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  return m ? [Number(m[0]), Number(m[1]), Number(m[2])] : null;
}
