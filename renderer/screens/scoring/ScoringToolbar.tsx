import type { LocalizedText } from '../../../shared/contest/model';
import type { Progress } from '../../../shared/scores/jurorScores';
import { formatTime, useT } from '../../i18n';
import { useScoringUi } from '../../state/scoringUi';

interface Props {
  progress: Progress;
  nominationNames: Map<string, LocalizedText>;
  savedAt: Date | null;
  onUndo(): void;
  onSubmit(): void;
}

/** Progress (overall and per nomination), the save indicator, undo and submit. */
export function ScoringToolbar({ progress, nominationNames, savedAt, onUndo, onSubmit }: Props) {
  const { t, name, lang } = useT();
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="scoring-toolbar">
      <div className="progress-block">
        <div className="progress-line">
          <strong data-testid="progress">{t('scoring.progress', { done: progress.done, total: progress.total })}</strong>
          {progress.recused > 0 && <span className="muted small">{t('scoring.recusedCount', { count: progress.recused })}</span>}
          {savedAt && (
            <span className="saved small" role="status">
              ✓ {t('scoring.saved', { time: formatTime(savedAt, lang) })}
            </span>
          )}
        </div>
        <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <span style={{ width: `${percent}%` }} />
        </div>
        {progress.nominations.length > 1 && (
          <div className="progress-chips">
            {progress.nominations.map((n) => (
              <span key={n.nomination} className="chip small">
                {name(nominationNames.get(n.nomination))}: {n.done}/{n.total}
              </span>
            ))}
          </div>
        )}
      </div>
      <div className="toolbar">
        <ViewSwitch />
        <button type="button" onClick={onUndo}>
          ↶ {t('scoring.undo')}
        </button>
        <button type="button" className="primary" onClick={onSubmit}>
          {t('scoring.submit')}
        </button>
      </div>
    </div>
  );
}

/** One entry at a time (with its media, comment and recusal), or the grid for fast typing. */
function ViewSwitch() {
  const { t } = useT();
  const view = useScoringUi((s) => s.view);
  const setView = useScoringUi((s) => s.setView);
  return (
    <div className="segmented" role="group" aria-label={t('scoring.view')}>
      {(['entry', 'grid'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} className={view === v ? 'active' : undefined} onClick={() => setView(v)}>
          {t(v === 'entry' ? 'scoring.view.entry' : 'scoring.grid')}
        </button>
      ))}
    </div>
  );
}
