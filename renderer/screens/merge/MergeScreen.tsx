import { useRef, useState } from 'react';
import type { MergeOutcome } from '../../../shared/ipc/mergeTypes';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { CompletenessView, Counts } from './CompletenessView';
import { DropZone } from './DropZone';
import { JurorStatusTable } from './JurorStatusTable';
import { MergeOutcomes } from './MergeOutcomes';
import { addBatch, replaceOutcome, type MergeBatch } from './mergeModel';
import type { DroppedSet } from './readDropped';
import './merge.css';

type Tab = 'files' | 'matrix';
/** The most files the main process takes in one request (shared/ipc/contract.ts). */
const MAX_FILES = 500;

/**
 * The organiser's merge of the jurors' signed files (dropped, or chosen: several files or a USB
 * stick's folder), what happened to each, where each juror stands, and the completeness matrix.
 */
export function MergeScreen({ contestId }: { contestId: string }) {
  const { t } = useT();
  const go = useUi((s) => s.go);
  const details = useLoad(() => call('contests:get', { contestId }), [contestId]);
  const status = useLoad(() => call('merge:status', { contestId }), [contestId]);
  const completeness = useLoad(() => call('merge:completeness', { contestId }), [contestId]);
  const [tab, setTab] = useState<Tab>('files');
  const [batches, setBatches] = useState<MergeBatch[]>([]);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const nextId = useRef(0);

  const def = details.data?.definition;
  const jurorName = (id: string) => def?.jury.find((j) => j.id === id)?.name ?? id;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblems(null);
    try {
      await work();
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(false);
      await Promise.all([status.reload(), completeness.reload()]);
    }
  };
  const show = (outcomes: MergeOutcome[]) => setBatches((b) => addBatch(b, outcomes, ++nextId.current));

  const choose = (folder: boolean) =>
    run(async () => {
      const report = await call('merge:choose', { contestId, folder });
      if (report) show(report.outcomes);
    });
  const dropped = (set: DroppedSet) =>
    run(async () => {
      const outcomes: MergeOutcome[] = [];
      for (let i = 0; i < set.files.length; i += MAX_FILES) {
        const report = await call('merge:dropped', { contestId, files: set.files.slice(i, i + MAX_FILES) });
        outcomes.push(...report.outcomes);
      }
      if (outcomes.length || set.refused.length) show([...outcomes, ...set.refused]);
    });
  const acceptKey = (retryToken: string, jurorId: string) =>
    run(async () => {
      const report = await call('merge:acceptKey', { contestId, retryToken, jurorId });
      setBatches((b) => replaceOutcome(b, retryToken, report.outcomes));
    });

  const c = completeness.data;
  const unscored = c?.nominations.reduce((s, n) => s + n.unscoredEntries, 0) ?? 0;
  return (
    // A file dropped beside the drop zone is not opened by the window in place of the app.
    <div className="screen merge-screen" onDragOver={(e) => e.preventDefault()} onDrop={(e) => e.preventDefault()}>
      <header className="screen-header">
        <h1>{t('nav.merge')}</h1>
        <button type="button" onClick={() => go({ name: 'paper', contestId })}>
          {t('merge.toPaper')}
        </button>
      </header>
      <p className="lead">{t('merge.intro')}</p>
      <ProblemList problems={problems ?? details.problems ?? status.problems ?? completeness.problems} />
      {c && (
        <div className={`completeness-summary ${c.complete ? 'is-complete' : 'is-incomplete'}`} data-testid="completeness-summary">
          <Counts counts={c.counts} />
          {unscored > 0 && <p>{t('merge.unscoredNote', { count: unscored })}</p>}
          <p role="status">{c.complete ? t('merge.complete') : t('merge.preliminary')}</p>
        </div>
      )}
      <div className="tabs" role="tablist">
        {(['files', 'matrix'] as Tab[]).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={`tab${tab === k ? ' active' : ''}`} onClick={() => setTab(k)}>
            {t(`merge.tab.${k}`)}
          </button>
        ))}
      </div>
      {tab === 'files' && (
        <>
          <DropZone busy={busy} onDropped={(s) => void dropped(s)} onChoose={(folder) => void choose(folder)} />
          <MergeOutcomes batches={batches} jurorName={jurorName} busy={busy} onAcceptKey={(token, juror) => void acceptKey(token, juror)} />
          {def && status.data && <JurorStatusTable definition={def} status={status.data} completeness={c} />}
        </>
      )}
      {tab === 'matrix' && def && c && <CompletenessView contestId={contestId} data={c} definition={def} />}
    </div>
  );
}
