import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { LocalizedText } from '../../../shared/contest/model';
import { useT } from '../../i18n';

const LABEL_KEYS = { kk: 'setup.nameKk', ru: 'setup.nameRu', en: 'setup.nameEn' } as const;

export function textIn(text: LocalizedText | undefined, lang: Language): string {
  if (text == null) return '';
  return typeof text === 'string' ? (lang === 'kk' ? text : '') : (text[lang] ?? '');
}

/** A name in Kazakh, Russian and English side by side; a plain string counts as the Kazakh one. */
export function setTextIn(text: LocalizedText | undefined, lang: Language, value: string): LocalizedText {
  const base: Partial<Record<Language, string>> = typeof text === 'string' ? { kk: text } : { ...(text ?? {}) };
  if (value) base[lang] = value;
  else delete base[lang];
  return base;
}

export function LocalizedInputs({ label, value, onChange, compact }: { label: string; value: LocalizedText | undefined; onChange(v: LocalizedText): void; compact?: boolean }) {
  const { t } = useT();
  return (
    <fieldset className={`localized${compact ? ' compact' : ''}`}>
      <legend>{label}</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} className="localized-row">
          <span className="lang-tag" title={t(LABEL_KEYS[lang])}>
            {lang.toUpperCase()}
          </span>
          <input aria-label={`${label} (${t(LABEL_KEYS[lang])})`} value={textIn(value, lang)} onChange={(e) => onChange(setTextIn(value, lang, e.target.value))} />
        </label>
      ))}
    </fieldset>
  );
}
