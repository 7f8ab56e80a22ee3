import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { LANGUAGE_NAMES } from '../i18n';

/** A labelled choice of Kazakh, Russian or English, each named in itself. */
export function LanguageSelect({ label, value, onChange, className }: { label: string; value: Language; onChange(l: Language): void; className: string }) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
