import { useState } from 'react';
import type { ScoringState } from '../../../shared/ipc/scoringTypes';
import type { Problem } from '../../../shared/problem';
import type { Progress } from '../../../shared/scores/jurorScores';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { formatDateTime, useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { Fingerprint } from './KeyStep';
import type { CriteriaByNomination } from './marksModel';

const SHOWN = 30;

interface Props {
  state: ScoringState;
  progress: Progress;
  criteria: CriteriaByNomination;
  onDone(): void;
  onClose(): void;
}

/** Signing and saving the juror file; an incomplete one is allowed, with the list of what is missing. */
export function SubmitPanel({ state, progress, criteria, onDone, onClose }: Props) {
  const { t, name, lang } = useT();
  const notify = useUi((s) => s.notify);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const byEntry = new Map(state.entries.map((e) => [e.id, e]));
  const criterionName = (entry: string, id: string) => {
    const c = criteria.get(byEntry.get(entry)?.nomination ?? '')?.find((x) => x.id === id);
    return c ? name(c.name) : id;
  };
  const submit = async () => {
    setBusy(true);
    setProblems(null);
    try {
      const r = await call('scores:submit', { workspaceId: state.workspaceId });
      if (r) {
        notify({ kind: 'success', text: t('scoring.submittedNotice', { file: r.fileName, revision: r.revision, scores: r.scores }) });
        onDone();
      }
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  const incomplete = progress.missing.length > 0;
  return (
    <div className="card submit-panel" role="dialog" aria-label={t('scoring.submitTitle')} onKeyDown={(e) => e.key === 'Escape' && !busy && (e.preventDefault(), onClose())}>
      <h2>{t('scoring.submitTitle')}</h2>
      <p className="muted">{t('scoring.submitIntro')}</p>
      {state.keyFingerprint && <Fingerprint value={state.keyFingerprint} />}
      <ProblemList problems={problems} />
      <div className="toolbar">
        <button type="button" className={incomplete ? undefined : 'primary'} autoFocus disabled={busy} onClick={submit}>
          {incomplete ? t('scoring.saveAnyway') : t('scoring.saveFile')}
        </button>
        <button type="button" className={incomplete ? 'primary' : undefined} onClick={onClose}>
          {t('scoring.back')}
        </button>
      </div>
      {incomplete ? (
        <div className="warning" role="alert">
          <p>{t('scoring.incomplete', { count: progress.missing.length })}</p>
          <ul className="missing-list">
            {progress.missing.slice(0, SHOWN).map((m) => (
              <li key={m.entry}>
                {t('scoring.missingRow', {
                  id: m.entry,
                  criteria: m.criteria.length === criteria.get(byEntry.get(m.entry)?.nomination ?? '')?.length ? t('scoring.status.none') : m.criteria.map((c) => criterionName(m.entry, c)).join(', '),
                })}
              </li>
            ))}
            {progress.missing.length > SHOWN && <li>{t('scoring.missingMore', { count: progress.missing.length - SHOWN })}</li>}
          </ul>
        </div>
      ) : (
        <p className="ok-line">✓ {t('scoring.complete')}</p>
      )}
      {state.submissions.length > 0 && (
        <>
          <h3>{t('scoring.history')}</h3>
          <ul className="history-list">
            {state.submissions.map((s) => (
              <li key={s.revision}>
                {t('scoring.revision', { revision: s.revision })} · {s.fileName} · {formatDateTime(s.createdAt, lang)} · <code>{s.sha256.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
