import { useEffect, useRef } from 'react';
import type { Criterion } from '../../../shared/contest/model';
import type { MarkKind } from '../../../shared/ipc/scoringTypes';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { call, problemsOf } from '../../api/client';
import { useT } from '../../i18n';
import type { MarksStore } from './marksModel';
import { MediaView } from './MediaView';
import { RecusalBox } from './RecusalBox';
import { ScoreInput, type Move } from './ScoreInput';
import { useTextMark } from './useTextMark';

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

/**
 * One entry: what it is, its media, a score per criterion, the juror's comment and recusal. The
 * comment and the recusal's reason are saved keystroke by keystroke (useTextMark).
 */
export function EntryScoring({ workspaceId, entry, criteria, nominationName, marks, total, hasMedia, focus, onSet, onMove, onUndo, onProblem }: Props) {
  const { t, name, problem } = useT();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const recusal = marks.recusals.get(entry.id);
  const comment = useTextMark(marks.comments.get(entry.id) ?? '', (text) => onSet('comment', '', text));

  const section = useRef<HTMLElement>(null);
  // Another entry starts at its top, so its «№ · name» heading is in view on a small screen; the
  // focus then scrolls only as far as the criterion needs.
  useEffect(() => {
    section.current?.closest('.scoring-main')?.scrollTo?.({ top: 0 });
  }, [entry.id]);
  useEffect(() => {
    if (focus) inputs.current[Math.min(focus.index, criteria.length - 1)]?.focus();
  }, [focus, entry.id, criteria.length]);

  const openLink = async () => {
    try {
      await call('scores:openLink', { workspaceId, entry: entry.id });
    } catch (e) {
      onProblem(problemsOf(e).map(problem).join('; '));
    }
  };

  return (
    <section ref={section} className="entry-scoring" aria-label={t('scoring.entry', { id: entry.id })}>
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
      <MediaView workspaceId={workspaceId} entry={entry} hasMedia={hasMedia} onProblem={onProblem} />
      {entry.link && (
        <p className="entry-link">
          <span className="muted small">{t('scoring.link')}: </span>
          <span className="link-text">{entry.link}</span>
          <button type="button" className="link-button" onClick={openLink}>
            {t('scoring.openLink')}
          </button>
        </p>
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
        <textarea rows={2} value={comment.text} placeholder={t('scoring.commentPlaceholder')} onChange={(e) => comment.type(e.target.value)} />
      </label>
      {comment.notSaved && (
        <span className="error-text" role="alert">
          {t('scoring.notSaved')}
        </span>
      )}
      <RecusalBox recusal={recusal} onSet={(value) => onSet('recusal', '', value)} />
    </section>
  );
}
