import { useState } from 'react';
import type { NominationView, ResultRow } from '../../../shared/ipc/resultsTypes';
import { call, problemsOf } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { localNumber } from '../../../shared/protocol/describe';
import { useUi } from '../../state/ui';
import type { Problem } from '../../../shared/problem';

interface Props {
  contestId: string;
  nomination: NominationView;
  row: ResultRow;
  onClose(): void;
  onChanged(): void;
}

/** One entry behind its result: every juror's score per criterion, totals, recusals, and the award override. */
export function EntryScoresPanel({ contestId, nomination, row, onClose, onChanged }: Props) {
  const { t, name, lang } = useT();
  const notify = useUi((s) => s.notify);
  const detail = useLoad(() => call('results:entry', { contestId, entryId: row.entry }), [contestId, row.entry]);
  const [award, setAward] = useState<string>(row.award ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const awardName = (id: string | null) => (id === null ? t('results.override.none') : name(nomination.awards.find((a) => a.id === id)?.name) || id);

  const save = async () => {
    try {
      await call('results:overrideAward', { contestId, nomination: nomination.id, entryId: row.entry, award: award || null, reason });
      setProblems(null);
      setReason('');
      notify({ kind: 'success', text: t('results.override.saved') });
      onChanged();
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };
  const restore = async () => {
    try {
      await call('results:removeOverride', { contestId, nomination: nomination.id, entryId: row.entry, reason: reason || row.override?.reason || '' });
      onChanged();
    } catch (e) {
      setProblems(problemsOf(e));
    }
  };
  const d = detail.data;

  return (
    <aside className="entry-panel results-detail" aria-label={t('results.detail.title', { id: row.entry })} onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      <div className="entry-panel-header">
        <div>
          <h2>{t('results.detail.title', { id: row.entry })}</h2>
          <strong>{row.participant ?? ''}</strong>
          <span className="muted">{row.organisation ?? ''}</span>
        </div>
        <button type="button" onClick={onClose} aria-label={t('results.detail.close')} autoFocus>
          ✕
        </button>
      </div>
      <p>
        {t('results.col.rank')}: <strong>{row.rank}</strong> · {t('results.col.score')}: <strong title={row.exact}>{localNumber(row.score, lang)}</strong> · {awardName(row.award)}
      </p>
      <ProblemList problems={detail.problems} />
      {d && (
        <div className="scores-by-juror" role="table" aria-label={t('results.detail.title', { id: row.entry })}>
          <div role="row" className="sj-row sj-head">
            <span role="columnheader">{t('results.detail.juror')}</span>
            {d.criteria.map((c, i) => (
              <span role="columnheader" key={c.id} title={name(c.name)}>
                {i + 1}
              </span>
            ))}
            <span role="columnheader">{t('results.detail.total')}</span>
          </div>
          {d.jurors.map((j) => (
            <div role="row" key={j.id} className={`sj-row${j.recused ? ' recused' : ''}`}>
              <span role="rowheader" title={j.enteredBy ? t('results.detail.paper', { name: j.enteredBy }) : undefined}>
                {j.name}
                {j.enteredBy && ' ✍'}
              </span>
              {j.recused ? (
                <span role="cell" className="sj-recused">{t('results.detail.recused', { reason: j.recused })}</span>
              ) : (
                j.scores.map((s, i) => (
                  <span role="cell" key={d.criteria[i].id}>
                    {s ?? '—'}
                  </span>
                ))
              )}
              <span role="cell">
                <strong>{j.total === null ? '—' : localNumber(j.total, lang)}</strong>
              </span>
              {j.comment && <span className="sj-comment">{j.comment}</span>}
            </div>
          ))}
          <ol className="criteria-legend muted">
            {d.criteria.map((c) => (
              <li key={c.id}>{name(c.name)}</li>
            ))}
          </ol>
        </div>
      )}
      {nomination.kind === 'scored' && (
        <section className="panel-section">
          <h3>{t('results.override.title')}</h3>
          {row.override && <p className="muted">{t('results.override.was', { award: awardName(row.override.computed) })}: {row.override.reason}</p>}
          <label className="field">
            <span>{t('results.col.award')}</span>
            <select value={award} onChange={(e) => setAward(e.target.value)}>
              <option value="">{t('results.override.none')}</option>
              {nomination.awards.map((a) => (
                <option key={a.id} value={a.id}>
                  {name(a.name)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('results.override.reason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ProblemList problems={problems} />
          <div className="actions">
            <button type="button" className="primary" onClick={save}>
              {t('results.override.save')}
            </button>
            {row.override && (
              <button type="button" onClick={restore}>
                {t('results.override.remove')}
              </button>
            )}
          </div>
        </section>
      )}
    </aside>
  );
}
