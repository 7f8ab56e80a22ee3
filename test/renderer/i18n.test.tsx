import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { MESSAGES, translate } from '../../renderer/i18n';
import { kk, type MessageKey } from '../../renderer/i18n/kk';
import { ru } from '../../renderer/i18n/ru';

const KEYS = Object.keys(kk) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Strings that are rightly the same in Kazakh and another language: the product name, the
 * dash for "nothing", and loanwords Russian shares with Kazakh. Anything else equal to the
 * Kazakh text is an untranslated string.
 */
const SAME_AS_KK: Record<'ru' | 'en', MessageKey[]> = {
  ru: ['app.name', 'common.none', 'setup.id', 'method.median', 'rule.median', 'import.file', 'field.nomination', 'field.media', 'field.hashtag', 'audit.import', 'packages.file', 'scoring.entry', 'scoring.missingRow', 'results.col.score', 'results.method.median', 'results.fewJurorsShort'],
  en: ['app.name', 'common.none', 'results.fewJurorsShort'],
};

describe('dictionaries', () => {
  it.each([
    ['ru', ru],
    ['en', en],
  ] as const)('%s has every Kazakh key with a non-empty text and no extra keys', (_, dict) => {
    for (const key of KEYS) {
      expect(typeof dict[key], key).toBe('string');
      expect(dict[key].trim(), key).not.toBe('');
    }
    expect(Object.keys(dict).filter((k) => !(k in kk))).toEqual([]);
  });

  it('has no empty Kazakh text', () => {
    expect(KEYS.filter((k) => !kk[k].trim())).toEqual([]);
  });

  it.each(['ru', 'en'] as const)('%s translates everything except a short allowlist', (lang) => {
    const dict = MESSAGES[lang];
    const same = KEYS.filter((k) => dict[k] === kk[k]);
    expect(same.sort()).toEqual([...SAME_AS_KK[lang]].sort());
  });

  it.each(['ru', 'en'] as const)('%s uses the same {placeholders} as Kazakh', (lang) => {
    const dict = MESSAGES[lang];
    const wrong = KEYS.filter((k) => placeholders(dict[k]).join() !== placeholders(kk[k]).join());
    expect(wrong).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('kk', 'registry.count', { shown: 3, total: 125 })).toBe('3 / 125 жұмыс');
    expect(translate('kk', 'entry.title', {})).toBe('№ {id} жұмыс');
  });
});
