import type { LocalizedText } from '../../../shared/contest/model';
import { useT } from '../../i18n';
import { useScoringUi, type ScoringFilter } from '../../state/scoringUi';

/** Search, the state filter and the nomination filter, shared by both views. */
export function ScoringFilters({ nominations, nominationNames, allowAll = true }: { nominations: string[]; nominationNames: Map<string, LocalizedText>; allowAll?: boolean }) {
  const { t, name } = useT();
  const { filter, nomination, search, setFilter, setNomination, setSearch } = useScoringUi();
  return (
    <div className="scoring-filters">
      <input type="search" value={search} placeholder={t('scoring.search')} aria-label={t('scoring.search')} onChange={(e) => setSearch(e.target.value)} />
      <div className="filter-row">
        <select aria-label={t('scoring.filter')} value={filter} onChange={(e) => setFilter(e.target.value as ScoringFilter)}>
          {(['all', 'unscored', 'recused', 'commented'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`scoring.filter.${f}`)}
            </option>
          ))}
        </select>
        {nominations.length > 1 && (
          <select aria-label={t('scoring.allNominations')} value={nomination ?? (allowAll ? '' : nominations[0])} onChange={(e) => setNomination(e.target.value || null)}>
            {allowAll && <option value="">{t('scoring.allNominations')}</option>}
            {nominations.map((n) => (
              <option key={n} value={n}>
                {name(nominationNames.get(n))}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
}
