import { useId, useMemo, useState } from 'react';
import { scoredNominations, scoringJurors, type ContestDefinition } from '../../../shared/contest/model';
import type { Entry } from '../../../shared/entries/model';
import type { PaperImportSummary } from '../../../shared/ipc/mergeTypes';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { JurorSheet } from './JurorSheet';
import '../merge/merge.css';

/**
 * Scores a juror gave on paper: a whole sheet imported from a CSV/XLSX table, or typed here entry
 * by entry. Every mark is recorded as typed from paper by the person named on the contests screen.
 */
export function PaperScreen({ contestId }: { contestId: string }) {
  const { t } = useT();
  const go = useUi((s) => s.go);
  const details = useLoad(() => call('contests:get', { contestId }), [contestId]);
  const entries = useLoad(() => call('entries:list', { contestId }), [contestId]);
  const status = useLoad(() => call('merge:status', { contestId }), [contestId]);
  const info = useLoad(() => call('app:info'), []);
  const [jurorId, setJurorId] = useState('');
  // A sheet imported changes the marks under the form: it loads them again.
  const [generation, setGeneration] = useState(0);
  const jurorField = useId();

  const def = details.data?.definition;
  const byNomination = useMemo(() => (def && entries.data ? scoredEntries(def, entries.data) : null), [def, entries.data]);
  const signed = status.data?.files.find((f) => f.jurorId === jurorId && f.current) ?? null;
  const actor = info.data?.actor ?? '';

  return (
    <div className="screen paper-screen">
      <header className="screen-header">
        <h1>{t('paper.title')}</h1>
        <button type="button" onClick={() => go({ name: 'merge', contestId })}>
          {t('paper.back')}
        </button>
      </header>
      <ProblemList problems={details.problems ?? entries.problems ?? status.problems} />
      <PaperImport contestId={contestId} jurorName={(id) => def?.jury.find((j) => j.id === id)?.name ?? id} onImported={() => (setGeneration((g) => g + 1), void status.reload())} />
      <section className="card paper-typing">
        <header className="card-header">
          <h2>{t('paper.typeTitle')}</h2>
        </header>
        <p className="paper-actor" data-testid="paper-actor">
          {t('paper.actor', { name: actor || t('common.none') })} <span className="muted small">{t('paper.actorHint')}</span>
        </p>
        {def && (
          <div className="field paper-juror">
            <label htmlFor={jurorField}>{t('paper.juror')}</label>
            <select id={jurorField} value={jurorId} onChange={(e) => setJurorId(e.target.value)}>
              <option value="">{t('paper.chooseJuror')}</option>
              {scoringJurors(def).map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {signed && <p className="warning">{t('paper.signedWarning', { revision: signed.revision })}</p>}
        {def && byNomination && jurorId && (
          <JurorSheet key={`${jurorId}:${generation}`} contestId={contestId} jurorId={jurorId} definition={def} byNomination={byNomination} actor={actor} onSaved={() => void status.reload()} />
        )}
        {def && !scoringJurors(def).length && <p className="empty">{t('packages.noJury')}</p>}
      </section>
    </div>
  );
}

/** The entries a juror scores, by nomination, in registry order: eligible entries of the scored nominations. */
function scoredEntries(def: ContestDefinition, entries: Entry[]): Map<string, Entry[]> {
  const out = new Map(scoredNominations(def).map((n) => [n.id, [] as Entry[]]));
  for (const e of entries) if (e.eligible && e.nomination) out.get(e.nomination)?.push(e);
  return out;
}

function PaperImport({ contestId, jurorName, onImported }: { contestId: string; jurorName(id: string): string; onImported(): void }) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<PaperImportSummary | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const choose = async () => {
    setBusy(true);
    try {
      const s = await call('paper:import', { contestId });
      if (!s) return;
      setSummary(s);
      setProblems(null);
      onImported();
    } catch (e) {
      setSummary(null);
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
    }
  };
  const changed = summary ? summary.scoresSet + summary.scoresCleared + summary.recusalsSet + summary.recusalsLifted + summary.commentsSet : 0;
  return (
    <section className="card paper-import">
      <header className="card-header">
        <h2>{t('paper.importTitle')}</h2>
        <div className="card-actions">
          <button type="button" disabled={busy} onClick={() => void choose()}>
            {t('paper.importChoose')}
          </button>
        </div>
      </header>
      <p className="muted">{t('paper.importIntro')}</p>
      {problems && (
        <div className="outcome outcome-bad">
          <p>{t('paper.importRefused')}</p>
          <ProblemList problems={problems} />
        </div>
      )}
      {summary && (
        <div className="outcome outcome-ok" role="status">
          <p>{changed ? t('paper.imported', { file: summary.fileName, jurors: summary.jurors.map(jurorName).join(', ') }) : t('paper.importedNothing', { file: summary.fileName })}</p>
          <span>
            {t('paper.importCounts', {
              set: summary.scoresSet,
              cleared: summary.scoresCleared,
              recused: summary.recusalsSet,
              lifted: summary.recusalsLifted,
              comments: summary.commentsSet,
              unchanged: summary.unchanged,
            })}
          </span>
          {summary.replacedSigned > 0 && <span className="merge-note">{t('paper.importReplacedSigned', { count: summary.replacedSigned })}</span>}
        </div>
      )}
    </section>
  );
}
