import type { Language } from '../i18n/languages';
import type { LocalizedText } from './model';

const FALLBACK: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** The text in `lang`, else the nearest language that has one (Kazakh first for Kazakh users). */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  for (const l of FALLBACK[lang]) {
    const v = text[l];
    if (v && v.trim()) return v;
  }
  return '';
}
