import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Criterion } from '../../../shared/contest/model';
import type { Entry } from '../../../shared/entries/model';
import { useT } from '../../i18n';
import { ScoreInput, type Move } from '../scoring/ScoreInput';
import { draftTotal, type PaperDraft } from './paperModel';

/** A place in the form: a criterion (by its index), the comment, or the recusal. */
export type Field = number | 'comment' | 'recusal';

interface Props {
  entry: Entry;
  criteria: Criterion[];
  nominationName: string;
  draft: PaperDraft;
  /** Where the entry's marks in the contest file came from. */
  origin: { signed: boolean; typedBy: string[] };
  /** Which field to focus; a new seq asks again. */
  focus: { field: Field; seq: number } | null;
  onChange(draft: PaperDraft): void;
  /** Leave the entry for the next or previous one, landing on `field`. */
  onLeave(to: 'next' | 'prev', field: Field): void;
  /** Ctrl+Z in a score box already as stored: the whole entry back as it is in the contest file. */
  onRevert(): void;
}

/**
 * One entry of a juror's paper sheet: a box per criterion (the juror's own score boxes: a value
 * out of range or off the step is refused at once), the comment and a recusal with its reason.
 * Keys as in the juror's grid: digits, Enter to the next criterion and after the last one the
 * next entry, Tab through every field, ↓/↑ to the next/previous entry in the same field.
 */
export function PaperEntryForm({ entry, criteria, nominationName, draft, origin, focus, onChange, onLeave, onRevert }: Props) {
  const { t, name } = useT();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const comment = useRef<HTMLInputElement>(null);
  const recusal = useRef<HTMLInputElement>(null);
  const reason = useRef<HTMLInputElement>(null);
  const id = useId();
  // The latest draft, for the handlers of a keystroke that changes it and moves on in one go.
  const current = useRef(draft);
  current.current = draft;
  const set = (patch: Partial<PaperDraft>) => {
    current.current = { ...current.current, ...patch };
    onChange(current.current);
  };

  // A recusal just ticked: its reason is typed next.
  const reasonNext = useRef(false);
  useEffect(() => {
    if (draft.recused && reasonNext.current) reason.current?.focus();
    reasonNext.current = false;
  }, [draft.recused]);

  useEffect(() => {
    if (!focus) return;
    const f = focus.field;
    const target = typeof f === 'number' ? (draft.recused ? recusal.current : inputs.current[Math.min(f, criteria.length - 1)]) : f === 'comment' ? comment.current : recusal.current;
    target?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const move = (i: number, m: Move) => {
    if (m === 'next' && i + 1 < criteria.length) inputs.current[i + 1]?.focus();
    else if (m === 'prev' && i > 0) inputs.current[i - 1]?.focus();
    else if (m === 'next' || m === 'nextEntryFirst') onLeave('next', 0);
    else if (m === 'nextEntry') onLeave('next', i);
    else if (m === 'prevEntry') onLeave('prev', i);
  };
  /** Enter and the arrows in the text fields and on the recusal box. */
  const textKeys = (field: Field) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onLeave('next', 0);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onLeave(e.key === 'ArrowDown' ? 'next' : 'prev', field);
    }
  };

  const total = draftTotal(draft, criteria);
  return (
    <section className="paper-entry" aria-label={t('paper.entry', { id: entry.id })}>
      <header className="entry-scoring-head">
        <div>
          <h2>
            {t('paper.entry', { id: entry.id })} · {entry.participant ?? entry.organisation}
          </h2>
          <p className="muted">{[entry.organisation !== entry.participant ? entry.organisation : null, entry.region, nominationName].filter(Boolean).join(' · ')}</p>
          {origin.signed && <p className="paper-origin signed">{t('paper.origin.signed')}</p>}
          {origin.typedBy.length > 0 && <p className="paper-origin">{t('paper.origin.typed', { names: origin.typedBy.join(', ') })}</p>}
        </div>
        {total !== null && (
          <div className="entry-total" aria-label={t('paper.total')}>
            <span className="muted small">{t('paper.total')}</span>
            <strong>{total}</strong>
          </div>
        )}
      </header>
      <div className={`score-grid${draft.recused ? ' is-recused' : ''}`}>
        {criteria.map((c, i) => (
          <ScoreInput
            key={`${entry.id}:${c.id}`}
            ref={(el) => {
              inputs.current[i] = el;
            }}
            criterion={c}
            label={`${i + 1}. ${name(c.name)}`}
            stored={draft.scores[c.id] || undefined}
            disabled={draft.recused}
            onCommit={(value) => {
              const scores = { ...current.current.scores };
              if (value === null) delete scores[c.id];
              else scores[c.id] = value;
              set({ scores });
              return Promise.resolve(true);
            }}
            onMove={(m) => move(i, m)}
            onUndo={onRevert}
          />
        ))}
      </div>
      <div className="paper-text-fields">
        <div className="field paper-comment">
          <label htmlFor={`${id}-comment`}>{t('paper.comment')}</label>
          <input id={`${id}-comment`} ref={comment} value={draft.comment} autoComplete="off" placeholder={t('paper.commentPlaceholder')} onChange={(e) => set({ comment: e.target.value })} onKeyDown={textKeys('comment')} />
        </div>
        <div className={`paper-recusal${draft.recused ? ' on' : ''}`}>
          <label className="checkbox">
            <input
              ref={recusal}
              type="checkbox"
              checked={draft.recused}
              onChange={(e) => {
                reasonNext.current = e.target.checked;
                set({ recused: e.target.checked });
              }}
              onKeyDown={textKeys('recusal')}
            />
            <span>{t('paper.recused')}</span>
          </label>
          {draft.recused && (
            <div className="field">
              <label htmlFor={`${id}-reason`}>{t('paper.reason')}</label>
              <input id={`${id}-reason`} ref={reason} value={draft.reason} autoComplete="off" placeholder={t('paper.reasonPlaceholder')} onChange={(e) => set({ reason: e.target.value })} onKeyDown={textKeys('recusal')} />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
