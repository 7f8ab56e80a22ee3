import { useMemo } from 'react';
import { scoredNominations } from '../../../shared/contest/model';
import { ageGroupsOf, queryRegistry, regionsOf, searchIndex, type EligibilityFilter } from '../../../shared/entries/registryQuery';
import { call } from '../../api/client';
import { useLoad } from '../../api/useIpc';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { EntryPanel } from './EntryPanel';
import { RegistryTable } from './RegistryTable';

const FILTERS: EligibilityFilter[] = ['all', 'eligible', 'flagged', 'disqualified'];

/** All entries, searchable and sortable the Kazakh way, with one entry's details beside them. */
export function RegistryScreen({ contestId }: { contestId: string }) {
  const { t, name } = useT();
  const query = useUi((s) => s.registryQuery);
  const setQuery = useUi((s) => s.setQuery);
  const selectedId = useUi((s) => s.selectedEntryId);
  const select = useUi((s) => s.selectEntry);
  const entries = useLoad(async () => {
    const list = await call('entries:list', { contestId });
    // Lets the benchmark time the render alone, apart from the IPC that brought the data.
    performance.mark('jury:registry-data');
    return list;
  }, [contestId]);
  const contest = useLoad(() => call('contests:get', { contestId }), [contestId]);

  const all = useMemo(() => entries.data ?? [], [entries.data]);
  const searching = query.search.trim() !== '';
  const index = useMemo(() => (searching ? searchIndex(all) : undefined), [all, searching]);
  const shown = useMemo(() => queryRegistry(all, query, index), [all, query, index]);
  const regions = useMemo(() => regionsOf(all), [all]);
  const ageGroups = useMemo(() => ageGroupsOf(all), [all]);
  const ageGroupName = (id: string) => name(contest.data?.definition.ageGroups?.find((g) => g.id === id)?.name) || id;
  const nominations = contest.data ? scoredNominations(contest.data.definition) : [];
  const nominationName = useMemo(() => {
    const map = new Map(nominations.map((n) => [n.id, name(n.name)]));
    return (id: string | null) => (id ? (map.get(id) ?? id) : '');
  }, [nominations, name]);
  const selected = all.find((e) => e.id === selectedId) ?? null;

  return (
    <div className="screen registry-screen">
      <header className="screen-header">
        <h1>{t('nav.registry')}</h1>
        <span className="muted">{t('registry.count', { shown: shown.length, total: all.length })}</span>
      </header>
      <ProblemList problems={entries.problems ?? contest.problems} />
      <div className="filters">
        <input
          type="search"
          className="search"
          aria-label={t('registry.search')}
          placeholder={t('registry.search')}
          value={query.search}
          onChange={(e) => setQuery({ search: e.target.value })}
          onKeyDown={(e) => {
            // ↓ or Enter goes from the search to what it found: the first entry, in the table.
            if ((e.key !== 'ArrowDown' && e.key !== 'Enter') || shown.length === 0) return;
            e.preventDefault();
            if (!shown.some((x) => x.id === selectedId)) select(shown[0].id);
            document.querySelector<HTMLElement>('[data-testid="registry-scroll"]')?.focus();
          }}
        />
        {nominations.length > 1 && (
          <select aria-label={t('field.nomination')} value={query.nomination ?? ''} onChange={(e) => setQuery({ nomination: e.target.value || null })}>
            <option value="">{t('registry.allNominations')}</option>
            {nominations.map((n) => (
              <option key={n.id} value={n.id}>
                {name(n.name)}
              </option>
            ))}
          </select>
        )}
        <select aria-label={t('field.region')} value={query.region ?? ''} onChange={(e) => setQuery({ region: e.target.value || null })}>
          <option value="">{t('registry.allRegions')}</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {ageGroups.length > 0 && (
          <select aria-label={t('field.age_group')} value={query.ageGroup ?? ''} onChange={(e) => setQuery({ ageGroup: e.target.value || null })}>
            <option value="">{t('registry.allAgeGroups')}</option>
            {ageGroups.map((g) => (
              <option key={g} value={g}>
                {ageGroupName(g)}
              </option>
            ))}
          </select>
        )}
        <div className="segmented" role="group" aria-label={t('registry.status')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={query.eligibility === f} className={query.eligibility === f ? 'active' : ''} onClick={() => setQuery({ eligibility: f })}>
              {t(`registry.filter.${f}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="registry-body">
        {entries.data && all.length === 0 ? (
          <p className="empty">{t('registry.empty')}</p>
        ) : (
          <RegistryTable entries={shown} nominationName={nominationName} selectedId={selectedId} onSelect={select} showNomination={nominations.length > 1} compact={!!selected} />
        )}
        {selected && contest.data && (
          <EntryPanel
            key={selected.id}
            contestId={contestId}
            entry={selected}
            nominations={nominations}
            onClose={() => select(null)}
            onChanged={entries.reload}
          />
        )}
      </div>
    </div>
  );
}
