import { useCallback } from 'react';
import { localize } from '../../shared/contest/localized';
import type { LocalizedText } from '../../shared/contest/model';
import { describeFlag, describeProblem } from '../../shared/i18n/problemMessages';
import type { Language } from '../../shared/i18n/languages';
import type { EligibilityFlag } from '../../shared/entries/model';
import type { Problem } from '../../shared/problem';
import { useUi } from '../state/ui';
import { en } from './en';
import { kk, type MessageKey, type Messages } from './kk';
import { ru } from './ru';

export const MESSAGES: Record<Language, Messages> = { kk, ru, en };

/** Each language named in itself, for the language menus. */
export const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(lang: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text = MESSAGES[lang][key] ?? kk[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** The current language's messages, problems, flags and contest names. */
export function useT() {
  const lang = useUi((s) => s.language);
  const t: Translate = useCallback((key, params) => translate(lang, key, params), [lang]);
  return {
    t,
    lang,
    name: useCallback((text: LocalizedText | undefined) => localize(text, lang), [lang]),
    problem: useCallback((p: Problem) => describeProblem(p, lang, { fieldNames: true }), [lang]),
    flag: useCallback((f: EligibilityFlag) => describeFlag(f, lang), [lang]),
  };
}

/**
 * A moment in local time, day first in every language (22.11.2026, 10:15), as dates are typed
 * in the app. Not Intl's short style: Chromium writes Kazakh dates as 2026-11-22 and English
 * ones month first, which a secretary checking a protocol against the screen would misread.
 */
export function formatDateTime(iso: string | Date, _lang: Language, withSeconds = false): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getHours())}:${two(d.getMinutes())}${withSeconds ? `:${two(d.getSeconds())}` : ''}`;
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${time}`;
}

export function formatTime(at: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }).format(at);
}
