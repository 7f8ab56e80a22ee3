import { useCallback, useEffect, useRef, useState } from 'react';
import type { Criterion } from '../../../shared/contest/model';
import type { MarkKind } from '../../../shared/ipc/scoringTypes';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { call, problemsOf } from '../../api/client';
import { useT } from '../../i18n';
import type { MarksStore } from './marksModel';
import { MediaView } from './MediaView';
import { ScoreInput, type Move } from './ScoreInput';

interface Props {
  workspaceId: string;
  entry: PackageEntry;
  criteria: Criterion[];
  nominationName: string;
  marks: MarksStore;
  total: string | null;
  hasMedia: boolean;
  /** Which criterion to focus; a new seq asks again. */
  focus: { index: number; seq: number } | null;
  onSet(kind: MarkKind, criterion: string, value: string | null): Promise<boolean>;
  onMove(move: Move, fromIndex: number): void;
  onUndo(): void;
  onProblem(text: string): void;
}

/** One entry: what it is, its media, a score per criterion, the juror's comment and recusal. */
export function EntryScoring({ workspaceId, entry, criteria, nominationName, marks, total, hasMedia, focus, onSet, onMove, onUndo, onProblem }: Props) {
  const { t, name, problem } = useT();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const recusal = marks.recusals.get(entry.id);
  const [comment, setComment] = useState(marks.comments.get(entry.id) ?? '');
  const [recusing, setRecusing] = useState(false);
  const [reason, setReason] = useState('');
  const storedComment = marks.comments.get(entry.id) ?? '';

  useEffect(() => {
    if (focus) inputs.current[Math.min(focus.index, criteria.length - 1)]?.focus();
  }, [focus, entry.id, criteria.length]);
  // The main process trims what it stores. The saved text coming back must not overwrite what the
  // juror typed meanwhile: the box follows the stored comment only when it changed otherwise (undo).
  const sentComment = useRef<string | null>(null);
  useEffect(() => {
    if (sentComment.current === null || storedComment !== sentComment.current.trim()) setComment(storedComment);
  }, [storedComment]);
  const saveComment = useCallback(
    (text: string) => {
      if (text.trim() === storedComment) return;
      sentComment.current = text;
      void onSet('comment', '', text);
    },
    [storedComment, onSet],
  );

  // A comment is saved when the juror leaves the box, after a pause in typing, and when the
  // entry is left (another entry, the other view) with the text not yet saved.
  useEffect(() => {
    const timer = setTimeout(() => saveComment(comment), 800);
    return () => clearTimeout(timer);
  }, [comment, saveComment]);
  const latest = useRef({ comment, saveComment });
  latest.current = { comment, saveComment };
  useEffect(() => () => latest.current.saveComment(latest.current.comment), []);

  const openLink = async () => {
    try {
      await call('scores:openLink', { workspaceId, entry: entry.id });
    } catch (e) {
      onProblem(problemsOf(e).map(problem).join('; '));
    }
  };

  return (
    <section className="entry-scoring" aria-label={t('scoring.entry', { id: entry.id })}>
      <header className="entry-scoring-head">
        <div>
          <h2>
            {t('scoring.entry', { id: entry.id })} · {entry.participant ?? entry.organisation}
          </h2>
          <p className="muted">{[entry.organisation !== entry.participant ? entry.organisation : null, entry.region, entry.age_group, nominationName].filter(Boolean).join(' · ')}</p>
        </div>
        {total !== null && (
          <div className="entry-total" aria-label={t('scoring.total')}>
            <span className="muted small">{t('scoring.total')}</span>
            <strong>{total}</strong>
          </div>
        )}
      </header>
      <MediaView workspaceId={workspaceId} entry={entry} hasMedia={hasMedia} />
      {entry.link && (
        <p className="entry-link">
          <span className="muted small">{t('scoring.link')}: </span>
          <span className="link-text">{entry.link}</span>
          <button type="button" className="link-button" onClick={openLink}>
            {t('scoring.openLink')}
          </button>
        </p>
      )}
      {recusal !== undefined && (
        <div className="recused-banner" role="status">
          <span>{t('scoring.recused', { reason: recusal })}</span>
          <button type="button" onClick={() => void onSet('recusal', '', null)}>
            {t('scoring.withdrawRecusal')}
          </button>
        </div>
      )}
      <div className="score-grid">
        {criteria.map((c, i) => (
          <ScoreInput
            key={`${entry.id}:${c.id}`}
            ref={(el) => {
              inputs.current[i] = el;
            }}
            criterion={c}
            label={`${i + 1}. ${name(c.name)}`}
            stored={marks.score(entry.id, c.id)}
            disabled={recusal !== undefined}
            onCommit={(value) => onSet('score', c.id, value)}
            onMove={(move) => {
              if (move === 'next' && i + 1 < criteria.length) inputs.current[i + 1]?.focus();
              else if (move === 'prev' && i > 0) inputs.current[i - 1]?.focus();
              else onMove(move === 'next' ? 'nextEntryFirst' : move, i);
            }}
            onUndo={onUndo}
          />
        ))}
      </div>
      <label className="field">
        <span>{t('scoring.comment')}</span>
        <textarea
          rows={2}
          value={comment}
          placeholder={t('scoring.commentPlaceholder')}
          onChange={(e) => setComment(e.target.value)}
          onBlur={() => saveComment(comment)}
        />
      </label>
      {recusal === undefined &&
        (recusing ? (
          <div className="recuse-form">
            <label className="field">
              <span>{t('scoring.recuseReason')}</span>
              <input
                autoFocus
                value={reason}
                placeholder={t('scoring.recuseReasonPlaceholder')}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && reason.trim()) void onSet('recusal', '', reason).then((ok) => ok && setRecusing(false));
                  if (e.key === 'Escape') setRecusing(false);
                }}
              />
            </label>
            <button type="button" className="danger" disabled={!reason.trim()} onClick={() => void onSet('recusal', '', reason).then((ok) => ok && setRecusing(false))}>
              {t('scoring.confirmRecusal')}
            </button>
            <button type="button" onClick={() => setRecusing(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="link-button recuse-toggle" onClick={() => setRecusing(true)}>
            {t('scoring.recuse')}
          </button>
        ))}
    </section>
  );
}
