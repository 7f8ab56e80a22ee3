import type { Language } from '../../i18n/languages';
import { protocolEn } from './en';
import { protocolKk, type ProtocolKey, type ProtocolStrings } from './kk';
import { protocolRu } from './ru';

const STRINGS: Record<Language, ProtocolStrings> = { kk: protocolKk, ru: protocolRu, en: protocolEn };

export type ProtocolWords = (key: ProtocolKey, params?: Record<string, string | number>) => string;

/** The document's words in one language, `{name}` filled from params. */
export function protocolWords(lang: Language): ProtocolWords {
  const table = STRINGS[lang];
  return (key, params) => {
    const text = table[key];
    return params ? text.replace(/\{([\w-]+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}

const MONTHS: Record<Language, string[]> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** An ISO date (YYYY-MM-DD) as a protocol writes it: «12» қараша 2024 жыл, «12» ноября 2024 г., 12 November 2024. */
export function protocolDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const day = String(Number(d));
  const month = MONTHS[lang][Number(mo) - 1];
  if (!month) return iso;
  if (lang === 'kk') return `«${day}» ${month} ${y} жыл`;
  if (lang === 'ru') return `«${day}» ${month} ${y} г.`;
  return `${day} ${month} ${y}`;
}

export type { ProtocolKey };
