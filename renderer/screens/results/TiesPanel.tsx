import { useLayoutEffect, useRef, useState } from 'react';
import type { NominationView, ResultsView } from '../../../shared/ipc/resultsTypes';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { localNumber } from '../../../shared/protocol/describe';
import { useUi } from '../../state/ui';

interface Props {
  contestId: string;
  nomination: NominationView;
  decisions: ResultsView['decisions'];
  onChanged(): void;
}

/**
 * Ties the chain could not break, each with a form to record the jury's vote (the order of
 * exactly these entries and why), and the votes already recorded, which can be withdrawn.
 */
export function TiesPanel({ contestId, nomination, decisions, onChanged }: Props) {
  const { t } = useT();
  const mine = decisions.filter((d) => d.nomination === nomination.id);
  return (
    <div className="ties-panel">
      {nomination.unresolvedTies.length > 0 && <p className="muted">{t('results.ties.intro')}</p>}
      {!nomination.acceptsDecision && nomination.unresolvedTies.length > 0 && <p className="warning">{t('results.ties.noDecisionRule')}</p>}
      {nomination.unresolvedTies.length === 0 && <p className="empty">{t('results.ties.none')}</p>}
      {nomination.acceptsDecision && nomination.unresolvedTies.map((group) => <TieVote key={group.join(',')} contestId={contestId} nomination={nomination} group={group} onChanged={onChanged} />)}
      {mine.map((d) => (
        <div key={d.ordering.join(',')} className="card">
          <p>
            {t('results.ties.decided', { order: d.ordering.map((id) => `№${id}`).join(' › '), reason: d.reason })}
          </p>
          <div className="actions">
            <button type="button" onClick={() => call('results:removeDecision', { contestId, nomination: nomination.id, entries: d.ordering, reason: d.reason }).then(onChanged)}>
              {t('results.ties.withdraw')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

function TieVote({ contestId, nomination, group, onChanged }: { contestId: string; nomination: NominationView; group: string[]; onChanged(): void }) {
  const { t, lang } = useT();
  const notify = useUi((s) => s.notify);
  const [order, setOrder] = useState(group);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const rows = new Map(nomination.rows.map((r) => [r.entry, r]));
  const first = rows.get(group[0]);
  // The moved entry keeps the keyboard: its same arrow, or the other one once it reaches an end.
  const list = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ id: string; by: number } | null>(null);
  useLayoutEffect(() => {
    if (!moved) return;
    const row = [...(list.current?.children ?? [])].find((li) => (li as HTMLElement).dataset.entry === moved.id);
    const buttons = [...(row?.querySelectorAll('button') ?? [])];
    const [up, down] = buttons;
    const same = moved.by < 0 ? up : down;
    (same && !same.disabled ? same : moved.by < 0 ? down : up)?.focus();
    setMoved(null);
  }, [moved]);
  const move = (i: number, by: number) => {
    setMoved({ id: order[i], by });
    setOrder((o) => {
      const next = [...o];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });
  };
  const save = async () => {
    try {
      await call('results:decideTie', { contestId, nomination: nomination.id, ordering: order, reason });
      notify({ kind: 'success', text: t('results.ties.saved') });
      onChanged();
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };
  return (
    <section className="card" aria-label={t('results.ties.group', { rank: first?.rank ?? '', count: group.length, score: first ? localNumber(first.score, lang) : '' })}>
      <h3>{t('results.ties.group', { rank: first?.rank ?? '', count: group.length, score: first ? localNumber(first.score, lang) : '' })}</h3>
      <ol className="tie-order" ref={list}>
        {order.map((id, i) => (
          <li key={id} data-entry={id}>
            <span>
              №{id} {rows.get(id)?.participant ?? ''} <span className="muted">{rows.get(id)?.organisation ?? ''}</span>
            </span>
            <span className="actions">
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('results.ties.up')}: №${id}`}>
                ↑
              </button>
              <button type="button" disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={`${t('results.ties.down')}: №${id}`}>
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <label className="field">
        <span>{t('results.ties.reason')}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <ProblemList problems={problems} />
      <div className="actions">
        <button type="button" className="primary" onClick={save}>
          {t('results.ties.save')}
        </button>
      </div>
    </section>
  );
}
