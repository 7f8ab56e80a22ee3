import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { dateToText, textToDate } from './dateText';

/** A labelled input; the label is tied to the control so screen readers and tests find it. */
export function TextField(props: { label: string; value: string; onChange(v: string): void; placeholder?: string; wide?: boolean }) {
  const id = useId();
  return (
    <div className={`field${props.wide ? ' wide' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="text" value={props.value} placeholder={props.placeholder} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/** A number input that keeps what is typed until it is a number; empty means "not set". */
export function NumberField(props: { label: string; value: number | undefined; onChange(v: number | undefined): void; min?: number; step?: number | 'any' }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={props.min}
        step={props.step ?? 'any'}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </div>
  );
}

export function SelectField<T extends string>(props: { label: string; value: T; options: { value: T; label: string }[]; onChange(v: T): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="card">
      <header className="card-header">
        <h2>{title}</h2>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

/**
 * A date typed day first (02.12.2026) whatever the system's language; the value is ISO.
 * A date that is not yet whole or not real is kept in the box with a message under it, and
 * the value stays the last good one until it is corrected.
 */
export function DateField(props: { label: string; value: string; onChange(iso: string): void }) {
  const id = useId();
  const { t } = useT();
  const [text, setText] = useState(() => dateToText(props.value));
  // A value changed from outside (another contest loaded, a reset) replaces what is shown.
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    setShown(props.value);
    if (textToDate(text) !== props.value) setText(dateToText(props.value));
  }
  const parsed = textToDate(text);
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
        aria-invalid={parsed === null}
        aria-describedby={parsed === null ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const iso = textToDate(e.target.value);
          if (iso !== null && iso !== props.value) (setShown(iso), props.onChange(iso));
        }}
        onBlur={() => parsed && setText(dateToText(parsed))}
      />
      {parsed === null && (
        <span id={`${id}-error`} className="error-text" role="alert">
          {t('date.invalid')}
        </span>
      )}
    </div>
  );
}
