import { useMemo, useState } from 'react';
import type { NominationView, ResultRow } from '../../../shared/ipc/resultsTypes';
import { foldForSearch } from '../../../shared/text/fold';
import { call } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { EntryScoresPanel } from './EntryScoresPanel';
import { JuryStatsPanel } from './JuryStatsPanel';
import { ResultsTable } from './ResultsTable';
import { TiesPanel } from './TiesPanel';
import './results.css';

type Tab = 'ranking' | 'ties' | 'apart' | 'stats';
type Filter = 'all' | 'awarded' | 'ties';

/** Per nomination: the ranked table with awards and how ties were broken, ties to vote on, entries apart, jury statistics. */
export function ResultsScreen({ contestId }: { contestId: string }) {
  const { t, name } = useT();
  const view = useLoad(() => call('results:get', { contestId }), [contestId]);
  const [nominationId, setNominationId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('ranking');
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const nominations = view.data?.nominations ?? [];
  const nomination = nominations.find((n) => n.id === nominationId) ?? nominations[0];
  const rows = useMemo(() => (nomination ? filterRows(nomination, filter, search) : []), [nomination, filter, search]);
  const openRow = nomination?.rows.find((r) => r.entry === open) ?? null;
  const unscored = nominations.reduce((s, n) => s + n.unscored.length, 0);
  const incomplete = nominations.reduce((s, n) => s + n.incompletePairs, 0);
  const missing = nominations.reduce((s, n) => s + n.missingPairs, 0);
  const choose = (id: string) => {
    setNominationId(id);
    setSelected(null);
    setOpen(null);
  };
  // Back to the table the entry was opened from, so the keyboard carries on where it was.
  const closeEntry = () => {
    setOpen(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="results-scroll"]')?.focus());
  };
  const openEntry = (id: string) => {
    setTab('ranking');
    setFilter('all');
    setSearch('');
    setSelected(id);
    setOpen(id);
  };

  return (
    <div className={`screen results-screen${tab === 'ranking' ? ' fills-window' : ''}`}>
      <header className="screen-header">
        <h1>{t('nav.results')}</h1>
        {nomination && <span className="muted">{t('results.summary', { ranked: nomination.rows.length, unscored: nomination.unscored.length, disqualified: nomination.disqualified.length })}</span>}
      </header>
      <ProblemList problems={view.problems} />
      {view.data && !view.data.complete && <p className="warning" role="status">{t('results.incomplete', { pairs: incomplete, unscored, missing })}</p>}
      {nominations.length > 1 && (
        <div className="chips" role="tablist" aria-label={t('field.nomination')}>
          {nominations.map((n) => (
            <button key={n.id} type="button" role="tab" aria-selected={n.id === nomination?.id} className={`chip-button${n.id === nomination?.id ? ' active' : ''}`} onClick={() => choose(n.id)}>
              {name(n.name)}
              {n.unresolvedTies.length > 0 && (
                <span className="tie-count" title={t('results.tab.ties', { count: n.unresolvedTies.length })}>
                  {' '}
                  · ⚖ {n.unresolvedTies.length}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
      {nomination && <MethodLine nomination={nomination} />}
      {nomination?.kind === 'scored' && (
        <div className="segmented" role="tablist">
          {(['ranking', 'ties', 'apart', 'stats'] as Tab[]).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? 'active' : ''} onClick={() => setTab(k)}>
              {k === 'ties' ? t('results.tab.ties', { count: nomination.unresolvedTies.length }) : k === 'apart' ? t('results.tab.apart', { count: nomination.unscored.length + nomination.disqualified.length }) : t(`results.tab.${k}`)}
            </button>
          ))}
        </div>
      )}
      {view.data && nomination && nomination.rows.length === 0 && tab === 'ranking' && <p className="empty">{t('results.empty')}</p>}
      {nomination && tab === 'ranking' && nomination.rows.length > 0 && (
        <>
          <div className="filters">
            <input type="search" className="search" aria-label={t('results.search')} placeholder={t('results.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <div className="segmented" role="group">
              {(['all', 'awarded', 'ties'] as Filter[]).map((f) => (
                <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? 'active' : ''} onClick={() => setFilter(f)}>
                  {t(`results.filter.${f}`)}
                </button>
              ))}
            </div>
          </div>
          {/* Escape closes the scores from the table too; with them open, they follow the row the arrows choose. */}
          <div className="registry-body" onKeyDown={(e) => e.key === 'Escape' && openRow && !e.defaultPrevented && (e.preventDefault(), closeEntry())}>
            <ResultsTable nomination={nomination} rows={rows} selectedId={selected} onSelect={(id) => (setSelected(id), open && setOpen(id))} onOpen={setOpen} compact={!!openRow} />
            {openRow && <EntryScoresPanel key={openRow.entry} contestId={contestId} nomination={nomination} row={openRow} onClose={closeEntry} onChanged={view.reload} />}
          </div>
          {nomination.kind === 'scored' && <p className="muted small">{t('results.normalisedNote')}</p>}
        </>
      )}
      {nomination && tab === 'ties' && <TiesPanel contestId={contestId} nomination={nomination} decisions={view.data?.decisions ?? []} onChanged={view.reload} />}
      {nomination && tab === 'apart' && <ApartLists nomination={nomination} />}
      {nomination && tab === 'stats' && <JuryStatsPanel nomination={nomination} onOpen={openEntry} />}
    </div>
  );
}

function MethodLine({ nomination }: { nomination: NominationView }) {
  const { t } = useT();
  if (nomination.kind === 'audience') return null;
  const chain = nomination.tieBreak.map((r) => (r.startsWith('criterion:') ? r : t(`results.rule.${r as 'median'}`, { criterion: '' }).replace(/: $/, ''))).join(' → ') || t('results.noChain');
  return <p className="muted">{t('results.method', { method: t(`results.method.${nomination.method as 'sum'}`), chain })}</p>;
}

function ApartLists({ nomination }: { nomination: NominationView }) {
  const { t } = useT();
  return (
    <div className="apart-lists">
      <h3>{t('results.unscored')}</h3>
      {nomination.unscored.length === 0 ? <p className="muted">{t('results.stats.none')}</p> : <ul>{nomination.unscored.map((e) => <li key={e.entry}>№{e.entry} {e.participant ?? ''} <span className="muted">{e.organisation ?? ''}</span></li>)}</ul>}
      <h3>{t('results.disqualified')}</h3>
      {nomination.disqualified.length === 0 ? <p className="muted">{t('results.stats.none')}</p> : <ul>{nomination.disqualified.map((e) => <li key={e.entry}>№{e.entry} {e.participant ?? ''} <span className="muted">{e.organisation ?? ''}</span> — {e.reason}</li>)}</ul>}
    </div>
  );
}

function filterRows(n: NominationView, filter: Filter, search: string): ResultRow[] {
  const q = foldForSearch(search.trim());
  return n.rows.filter((r) => {
    if (filter === 'awarded' && !r.award) return false;
    if (filter === 'ties' && !r.sharedPlace && !r.tiebreak) return false;
    if (!q) return true;
    return r.entry === search.trim() || foldForSearch(`${r.participant ?? ''} ${r.organisation ?? ''}`).includes(q);
  });
}
