import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Criterion } from '../../../shared/contest/model';
import { checkScore } from '../../../shared/scores/scoreValue';
import { useT } from '../../i18n';
import { canExtend, isPartialNumber } from './marksModel';

export type Move = 'next' | 'prev' | 'nextEntry' | 'prevEntry' | 'nextEntryFirst';

interface Props {
  criterion: Criterion;
  label: string;
  stored: string | undefined;
  disabled: boolean;
  /** Saves the value (null clears it); resolves false when the main process refused it. */
  onCommit(value: string | null): Promise<boolean>;
  onMove(move: Move): void;
  onUndo(): void;
  /** In the grid: no label above the box (the column header names it), the refusal below it. */
  compact?: boolean;
}

/**
 * The box a score that could not be longer moved on from, and when: the next box knows it was
 * reached that way. A juror who types "9" then Enter out of habit must not skip a criterion, and
 * "4,5" on a whole-step criterion must not leave ",5" in the next box while 4 is saved.
 */
let advancedFrom: { box: HTMLInputElement; at: number } | null = null;
/** A comma sent back to the box it was meant for (see above). */
let sentBack: { box: HTMLInputElement; text: string } | null = null;

/**
 * The character a key types in a score box whatever the keyboard layout: the Kazakh and Russian
 * layouts put letters on the number row and on the comma and full-stop keys, and a juror writing
 * comments in Kazakh should not have to switch layouts to score.
 */
function scoreChar(e: KeyboardEvent<HTMLInputElement>): string | null {
  // Only a key that types one character (not NumLock's arrows), with no modifier (Shift+1 is "!").
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.key.length !== 1) return null;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code);
  if (digit) return digit[1];
  if (e.code === 'NumpadDecimal' || e.code === 'Comma' || e.code === 'Period') return /^[.,]$/.test(e.key) ? e.key : ',';
  return null;
}

/**
 * One criterion's score, typed with the keyboard. A value out of range or off the step is
 * refused at once, with the rule it breaks; nothing is clamped or rounded.
 */
export const ScoreInput = forwardRef<HTMLInputElement, Props>(function ScoreInput({ criterion, label, stored, disabled, onCommit, onMove, onUndo, compact = false }, ref) {
  const { t, problem, name, lang } = useT();
  const [draft, setDraft] = useState(stored ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  // The value last handed to onCommit: Enter and the blur that follows it must not save twice,
  // and its echo from the main process must not overwrite what was typed since.
  const sent = useRef<string | null | undefined>(undefined);
  /** The box's text when it was sent, to tell typing since from the sent text itself. */
  const sentText = useRef<string | null>(null);
  useEffect(() => {
    const was = sent.current;
    const echo = was !== undefined && was !== null && stored !== undefined && Number(was.replace(',', '.')) === Number(stored);
    // The echo shows the stored form ("4,5" becomes "4.5") unless the juror has typed on since.
    const typed = sentText.current;
    setDraft((d) => (echo && d !== typed ? d : (stored ?? '')));
    sent.current = undefined;
  }, [stored]);

  const check = (text: string): string | null => {
    if (!text.trim() || isPartialNumber(text)) return null;
    const r = checkScore(text, criterion);
    return r.ok ? null : problem({ code: r.code, params: r.params });
  };

  /**
   * Checks what is typed here and now, and hands a changed value on to be saved. The focus moves
   * on at once, without waiting for the disk: a juror types the next digit before any answer could
   * come back. A value the main process still refuses (a full disk) is reported by the screen.
   */
  const commit = (text = draft): boolean => {
    // "4," left as typed means 4: what is checked below as "4,0" is sent as "4", never as "4,".
    const value = text.trim() === '' ? null : isPartialNumber(text) ? text.trim().slice(0, -1) : text.trim();
    if (value === (stored ?? null) || value === sent.current) return true;
    const bad = check(text) ?? (isPartialNumber(text) ? check(`${text}0`) : null);
    if (bad) {
      setRefusal(bad);
      return false;
    }
    sent.current = value;
    sentText.current = text;
    void onCommit(value).then((saved) => {
      if (saved) return;
      // Not saved (a full disk): the box shows what is stored again, and says so.
      sent.current = undefined;
      setDraft(stored ?? '');
      setRefusal(t('scoring.notSaved'));
    });
    return true;
  };

  /** Set when this box was reached by a score that moved on by itself, until the next key. */
  const arrivedFrom = useRef<HTMLInputElement | null>(null);
  const box = useRef<HTMLInputElement | null>(null);

  const onChange = (text: string) => {
    setDraft(text);
    const bad = check(text);
    setRefusal(bad);
    if (!bad && text.trim() && !isPartialNumber(text) && !canExtend(text, criterion) && commit(text)) {
      advancedFrom = box.current ? { box: box.current, at: Date.now() } : null;
      onMove('next');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const from = arrivedFrom.current;
    arrivedFrom.current = null;
    const char = scoreChar(e);
    if (from && e.currentTarget.value === '') {
      // Reached by a score that moved on by itself: Enter was the juror confirming that score.
      if (e.key === 'Enter') return e.preventDefault();
      // A comma belongs to the score just left ("4," of "4,5"): back it goes, to be checked there.
      if (/^[.,]$/.test(char ?? e.key) && from.isConnected && !from.disabled) {
        e.preventDefault();
        sentBack = { box: from, text: `${from.value}${char ?? e.key}` };
        return from.focus();
      }
    }
    if (char !== null && char !== e.key) {
      // The layout typed a letter where the key means a digit or a comma: type what it means.
      e.preventDefault();
      const input = e.currentTarget;
      const start = input.selectionStart ?? input.value.length;
      const end = input.selectionEnd ?? input.value.length;
      const text = input.value.slice(0, start) + char + input.value.slice(end);
      onChange(text);
      requestAnimationFrame(() => input.isConnected && input === document.activeElement && input.setSelectionRange(start + 1, start + 1));
      return;
    }
    // Tab keeps the page's own order (criteria, then the comment, the recusal, …), so the keyboard
    // reaches everything; it is held back only while the value typed here is refused.
    if (e.key === 'Tab') {
      if (!commit()) e.preventDefault();
      return;
    }
    const move: Move | null = e.key === 'Enter' ? 'next' : e.key === 'ArrowDown' ? 'nextEntry' : e.key === 'ArrowUp' ? 'prevEntry' : null;
    if (move) {
      e.preventDefault();
      if (commit()) onMove(move);
    } else if (e.key === 'Escape') {
      setDraft(stored ?? '');
      setRefusal(null);
      // Selected again, so the next digit replaces the value rather than joining it.
      const input = e.currentTarget;
      requestAnimationFrame(() => input === document.activeElement && input.select());
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyZ') {
      e.preventDefault();
      if (draft !== (stored ?? '')) {
        setDraft(stored ?? '');
        setRefusal(null);
      } else onUndo();
    }
  };

  const id = `score-${compact ? `${label}-` : ''}${criterion.id}`.replace(/\s+/g, '_');
  return (
    <div className={`score-field${refusal ? ' refused' : ''}${compact ? ' compact' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        <span className="score-label">{label}</span>
        <span className="muted small">
          {t('scoring.max', { max: criterion.max })}
          {criterion.step !== 1 ? ` · ${t('scoring.step', { step: lang === 'en' ? String(criterion.step) : String(criterion.step).replace('.', ',') })}` : ''}
          {criterion.weight !== 1 ? ` · ×${criterion.weight}` : ''}
        </span>
      </label>
      <input
        ref={(el) => {
          box.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        id={id}
        className="score-input"
        inputMode="decimal"
        autoComplete="off"
        value={draft}
        disabled={disabled}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? `${id}-refusal` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const input = e.target;
          if (sentBack?.box === input) {
            const text = sentBack.text;
            sentBack = null;
            onChange(text);
            requestAnimationFrame(() => input.setSelectionRange(text.length, text.length));
            return;
          }
          arrivedFrom.current = advancedFrom && advancedFrom.box !== input && Date.now() - advancedFrom.at < 2000 ? advancedFrom.box : null;
          advancedFrom = null;
          input.select();
        }}
        // What the box holds now: a blur caused by the move that follows a typed score runs
        // before React re-renders, when `draft` still holds the text before the last key.
        onBlur={(e) => commit(e.target.value)}
      />
      {refusal && (
        <span id={`${id}-refusal`} className="error-text" role="alert">
          {/* In the grid nothing above the box names the criterion: the message does. */}
          {compact ? `${name(criterion.name)} (0–${criterion.max}): ${refusal}` : refusal}
        </span>
      )}
    </div>
  );
});
