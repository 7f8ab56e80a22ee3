import { useId, useState } from 'react';
import { useT } from '../i18n';
import { dateProblem, dateToText, textToDate } from './dateText';

/**
 * A date typed day first (02.12.2026) whatever the system's language. The value is ISO
 * (2026-12-02) once the date is whole and real; until then it is the text as typed, which the
 * form refuses to save (`isTypedDate`), so a half-typed date is never saved as an older one.
 * What is wrong is said under the box when the juror or secretary leaves it, or as soon as
 * ten characters make a date that does not exist (31.04.2026).
 */
export function DateField(props: { label: string; value: string; onChange(value: string): void }) {
  const id = useId();
  const { t } = useT();
  const [text, setText] = useState(() => dateToText(props.value));
  const [focused, setFocused] = useState(false);
  // A value changed from outside (another contest loaded, a reset) replaces what is shown.
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    if (valueOf(text) !== props.value) setText(dateToText(props.value));
  }
  const problem = dateProblem(text);
  const showProblem = problem !== null && (!focused || text.trim().length >= 10);
  return (
    <div className="field date-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={t('date.placeholder')}
        aria-invalid={showProblem}
        aria-describedby={showProblem ? `${id}-error` : undefined}
        onFocus={() => setFocused(true)}
        onChange={(e) => {
          setText(e.target.value);
          const next = valueOf(e.target.value);
          if (next !== props.value) (setShown(next), props.onChange(next));
        }}
        onBlur={() => {
          setFocused(false);
          const iso = textToDate(text);
          if (iso) setText(dateToText(iso));
        }}
      />
      {showProblem && (
        <span id={`${id}-error`} className="error-text" role="alert">
          {problem === 'noSuchDay' ? t('date.noSuchDay', { text: text.trim() }) : t('date.invalid')}
        </span>
      )}
    </div>
  );
}

/** The value a typed text stands for: its ISO date, or the text itself when it is not one yet. */
const valueOf = (text: string): string => textToDate(text) ?? text.trim();

/** Whether a DateField's value can be saved: empty, or a whole, real date. */
export const isTypedDate = (value: string): boolean => value === '' || textToDate(value) !== null;
