import { useEffect, useRef, useState } from 'react';
import type { ScoredNomination } from '../../../shared/contest/model';
import type { Entry, EntryDecision } from '../../../shared/entries/model';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { EntryEditor } from './EntryEditor';
import { EntryHistory } from './EntryHistory';
import { StatusBadge } from './StatusBadge';

interface Props {
  contestId: string;
  entry: Entry;
  nominations: ScoredNomination[];
  onClose(): void;
  onChanged(): Promise<void> | void;
}

/** One entry: its details, links, screening notes, the organiser's decision and its history. */
export function EntryPanel({ contestId, entry, nominations, onClose, onChanged }: Props) {
  const { t, flag } = useT();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);

  const act = async (action: () => Promise<unknown>) => {
    setProblems(null);
    try {
      await action();
      setHistoryVersion((v) => v + 1);
      await onChanged();
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };
  const decide = (decision: EntryDecision | null) =>
    act(async () => {
      await call('entries:decide', { contestId, ids: [entry.id], decision, reason });
      decided.current = true;
      setReason('');
    });
  // The button pressed gives way to its opposite (disqualify → reinstate): the keyboard goes to
  // the first decision button now shown, not back to the top of the window.
  const decisions = useRef<HTMLDivElement>(null);
  const decided = useRef(false);
  useEffect(() => {
    if (!decided.current) return;
    decided.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) decisions.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [entry.decision]);

  return (
    <aside className="entry-panel" aria-label={t('entry.title', { id: entry.id })}>
      <header className="entry-panel-header">
        <div>
          <h2>{t('entry.title', { id: entry.id })}</h2>
          <StatusBadge entry={entry} />
        </div>
        <button type="button" className="link-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      <p className="entry-who">{entry.participant || entry.organisation}</p>
      {entry.participant && entry.organisation && <p className="muted">{entry.organisation}</p>}
      <div className="toolbar">
        <button type="button" disabled={!entry.link} onClick={() => act(() => call('entries:openLink', { contestId, id: entry.id }))}>
          {t('entry.openLink')}
        </button>
        <button type="button" disabled={!entry.media} onClick={() => act(() => call('entries:openMedia', { contestId, id: entry.id }))}>
          {t('entry.openMedia')}
        </button>
      </div>
      {entry.link && <p className="link-text">{entry.link}</p>}
      <ProblemList problems={problems} />

      {entry.flags.length > 0 && (
        <section className="panel-section">
          <h3>{t('entry.flags')}</h3>
          <ul className="flags">
            {entry.flags.map((f, i) => (
              <li key={i}>{flag(f)}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel-section">
        <h3>{t('entry.decision')}</h3>
        {entry.decisionReason && <p className="decision-reason">«{entry.decisionReason}»</p>}
        <label className="field wide">
          <span>{t('entry.reason')}</span>
          <textarea rows={2} value={reason} placeholder={t('entry.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="toolbar" ref={decisions}>
          {entry.decision !== 'disqualified' && (
            <button type="button" className="danger" onClick={() => decide('disqualified')}>
              {t('entry.disqualify')}
            </button>
          )}
          {(entry.decision === 'disqualified' || (!entry.eligible && entry.decision === null)) && (
            <button type="button" onClick={() => decide('reinstated')}>
              {t('entry.reinstate')}
            </button>
          )}
          {entry.decision !== null && (
            <button type="button" className="link-button" onClick={() => decide(null)}>
              {t('entry.clear')}
            </button>
          )}
        </div>
      </section>

      <EntryEditor entry={entry} nominations={nominations} onSave={(patch) => act(() => call('entries:update', { contestId, id: entry.id, patch }))} />
      <EntryHistory contestId={contestId} entryId={entry.id} version={historyVersion} />
    </aside>
  );
}
