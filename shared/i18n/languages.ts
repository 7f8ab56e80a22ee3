export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (v: unknown): v is Language => LANGUAGES.includes(v as Language);

/** Plural category for a count (Kazakh and English: one/other; Russian: one/few/many). */
export function pluralCategory(lang: Language, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(lang).select(n);
}
