import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContestDefinition } from '../../../shared/contest/model';
import type { Entry } from '../../../shared/entries/model';
import type { Completeness, NominationCompleteness } from '../../../shared/merge/completeness';
import { call } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { entryFacts, filterEntries, segmentBackground, STATE_OF, strip, type EntryFacts, type MatrixFilter } from './completenessModel';
import { StateDot } from './StateDot';

const ROW_HEIGHT = 34;
const STRIP_SEGMENTS = 120;
const FILTERS: MatrixFilter[] = ['all', 'missing', 'incomplete', 'unscored'];
const STATES = ['scored', 'incomplete', 'missing', 'recused'] as const;

/**
 * Who has scored what: per nomination, a row per juror with their counts and a strip of every
 * entry, then the entries × jurors grid, virtual, so 10,000 entries × 15 jurors scroll freely.
 */
export function CompletenessView({ contestId, data, definition }: { contestId: string; data: Completeness; definition: ContestDefinition }) {
  const { t, name } = useT();
  const entries = useLoad(() => call('entries:list', { contestId }), [contestId]);
  const [nominationId, setNominationId] = useState<string | null>(null);
  const [filter, setFilter] = useState<MatrixFilter>('all');
  const n = data.nominations.find((x) => x.nomination === nominationId) ?? data.nominations[0];
  const facts = useMemo(() => (n ? entryFacts(n) : null), [n]);
  const rows = useMemo(() => (n && facts ? filterEntries(n, facts, filter) : []), [n, facts, filter]);
  const byId = useMemo(() => new Map((entries.data ?? []).map((e) => [e.id, e])), [entries.data]);
  const jurorName = (id: string) => definition.jury.find((j) => j.id === id)?.name ?? id;
  const nominationName = (id: string) => name(definition.nominations.find((x) => x.id === id)?.name) || id;

  if (!n) return <p className="empty">{t('merge.matrix.noNominations')}</p>;
  return (
    <div className="completeness">
      {data.nominations.length > 1 && (
        <div className="merge-chips" role="tablist" aria-label={t('field.nomination')}>
          {data.nominations.map((x) => (
            <button key={x.nomination} type="button" role="tab" aria-selected={x === n} className={`chip-toggle${x === n ? ' active' : ''}`} onClick={() => setNominationId(x.nomination)}>
              {nominationName(x.nomination)}
              {x.unscoredEntries > 0 && <span className="muted"> · {x.unscoredEntries}</span>}
            </button>
          ))}
        </div>
      )}
      <p className="completeness-line" data-testid="nomination-counts">
        {t('merge.matrix.nominationLine', { name: nominationName(n.nomination), entries: n.entries.length, jurors: n.jurors.length })}{' '}
        <Counts counts={n.counts} />
      </p>
      <p className={n.unscoredEntries ? 'warning' : 'ok-line'} data-testid="unscored-entries">
        {n.unscoredEntries ? t('merge.matrix.unscoredEntries', { count: n.unscoredEntries }) : t('merge.matrix.allScoredOnce')}
      </p>
      <JurorRows n={n} jurorName={jurorName} />
      <Legend />
      <div className="filters">
        <div className="segmented" role="group" aria-label={t('merge.matrix.filter')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? 'active' : ''} onClick={() => setFilter(f)}>
              {t(`merge.filter.${f}`)}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="matrix-count">
          {t('merge.matrix.shown', { shown: rows.length, total: n.entries.length })}
        </span>
      </div>
      <ProblemList problems={entries.problems} />
      {rows.length === 0 ? <p className="empty">{t('merge.matrix.noMatch')}</p> : <MatrixGrid n={n} rows={rows} facts={facts!} byId={byId} jurorName={jurorName} />}
    </div>
  );
}

export function Counts({ counts }: { counts: { scored: number; incomplete: number; missing: number; recused: number } }) {
  const { t } = useT();
  return (
    <span className="state-counts">
      {STATES.map((s) => (
        <span key={s} className={`state-count cell-${s}`}>
          <StateDot state={s} /> {t(`merge.state.${s}`)}: <strong>{counts[s]}</strong>
        </span>
      ))}
    </span>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <p className="matrix-legend muted small">
      {STATES.map((s) => (
        <span key={s}>
          <span className={`cell cell-${s}`} aria-hidden="true">
            <StateDot state={s} />
          </span>{' '}
          {t(`merge.stateHint.${s}`)}
        </span>
      ))}
    </p>
  );
}

function JurorRows({ n, jurorName }: { n: NominationCompleteness; jurorName(id: string): string }) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="grid-table completeness-jurors">
        <thead>
          <tr>
            <th className="num-col">#</th>
            <th>{t('merge.status.juror')}</th>
            {STATES.map((s) => (
              <th key={s} className="num-col" title={t(`merge.stateHint.${s}`)}>
                <StateDot state={s} /> {t(`merge.state.${s}`)}
              </th>
            ))}
            <th className="strip-col">{t('merge.matrix.strip', { count: n.entries.length })}</th>
          </tr>
        </thead>
        <tbody>
          {n.jurors.map((j, i) => (
            <tr key={j} data-juror={j}>
              <td className="num-col muted">{i + 1}</td>
              <td className="juror-name">{jurorName(j)}</td>
              {STATES.map((s) => (
                <td key={s} className={`num-col${s === 'missing' && n.perJuror[i].missing ? ' bad' : ''}`}>
                  {n.perJuror[i][s]}
                </td>
              ))}
              <td className="strip-col">
                <Strip n={n} juror={i} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every entry of the nomination for one juror, left to right in registry order; a gap shows red. */
function Strip({ n, juror }: { n: NominationCompleteness; juror: number }) {
  const { t } = useT();
  const segments = useMemo(() => strip(n, juror, STRIP_SEGMENTS), [n, juror]);
  const describe = (counts: Record<(typeof STATES)[number], number>) =>
    STATES.filter((s) => counts[s])
      .map((s) => `${t(`merge.state.${s}`)}: ${counts[s]}`)
      .join(', ');
  return (
    <div className="strip" aria-hidden="true">
      {segments.map((s) => (
        <span
          key={s.from}
          className="strip-seg"
          style={{ background: segmentBackground(s.counts) }}
          title={`${s.to - s.from === 1 ? `№ ${n.entries[s.from]}` : `№ ${n.entries[s.from]} – № ${n.entries[s.to - 1]}`}: ${describe(s.counts)}`}
        />
      ))}
    </div>
  );
}

function MatrixGrid({ n, rows, facts, byId, jurorName }: { n: NominationCompleteness; rows: number[]; facts: EntryFacts; byId: Map<string, Entry>; jurorName(id: string): string }) {
  const { t } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12, initialRect: { width: 1000, height: 500 } });
  const columns = `64px minmax(180px, 440px) repeat(${n.jurors.length}, 30px) 64px`;
  const count = n.entries.length;
  const onKeyDown = (e: KeyboardEvent) => {
    const el = scroller.current;
    if (!el) return;
    const step = e.key === 'ArrowDown' ? ROW_HEIGHT : e.key === 'ArrowUp' ? -ROW_HEIGHT : e.key === 'PageDown' ? el.clientHeight : e.key === 'PageUp' ? -el.clientHeight : 0;
    if (e.key === 'Home') el.scrollTop = 0;
    else if (e.key === 'End') el.scrollTop = el.scrollHeight;
    else if (step) el.scrollTop += step;
    else return;
    e.preventDefault();
  };
  return (
    <div className="matrix" role="grid" aria-rowcount={rows.length + 1} aria-colcount={n.jurors.length + 3} aria-label={t('merge.tab.matrix')}>
      <div className="matrix-row matrix-head" role="row" style={{ gridTemplateColumns: columns }}>
        <span role="columnheader">№</span>
        <span role="columnheader">{t('field.participant')}</span>
        {n.jurors.map((j, i) => (
          <span key={j} role="columnheader" className="matrix-juror" title={jurorName(j)} aria-label={jurorName(j)}>
            {i + 1}
          </span>
        ))}
        <span role="columnheader" className="matrix-full" title={t('merge.matrix.fullHint')}>
          {t('merge.matrix.full')}
        </span>
      </div>
      <div className="matrix-scroll" ref={scroller} tabIndex={0} onKeyDown={onKeyDown} data-testid="matrix-scroll">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const e = rows[v.index];
            const id = n.entries[e];
            const entry = byId.get(id);
            return (
              <div key={id} role="row" aria-rowindex={v.index + 2} className="matrix-row" style={{ gridTemplateColumns: columns, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}>
                <span role="rowheader" className="muted">
                  {id}
                </span>
                <span role="gridcell" className="matrix-who" title={[entry?.participant, entry?.organisation].filter(Boolean).join(' · ')}>
                  {entry?.participant ?? entry?.organisation ?? ''}
                </span>
                {n.jurors.map((j, ji) => {
                  const state = STATE_OF[n.cells[ji * count + e]];
                  return (
                    <span key={j} role="gridcell" className={`cell cell-${state}`} title={`${jurorName(j)}: ${t(`merge.state.${state}`)}`} aria-label={`${jurorName(j)}: ${t(`merge.state.${state}`)}`}>
                      <StateDot state={state} />
                    </span>
                  );
                })}
                <span role="gridcell" className={`matrix-full${facts.full[e] === 0 ? ' bad' : ''}`}>
                  {facts.full[e]}/{n.jurors.length}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
