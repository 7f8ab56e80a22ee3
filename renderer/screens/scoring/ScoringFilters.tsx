import type { KeyboardEvent } from 'react';
import type { LocalizedText } from '../../../shared/contest/model';
import { useT } from '../../i18n';
import { useScoringUi, type ScoringFilter } from '../../state/scoringUi';

const FILTERS = ['all', 'unscored', 'recused', 'commented'] as const;

/**
 * ↑/↓ (Home/End) step through a closed menu's choices at once, the same on every system: on
 * macOS an arrow would first open the menu, and the list beside it would change only after a
 * second key. Keys with a modifier (Alt+↓ opens the menu) are left to the browser.
 */
function stepChoice<T>(e: KeyboardEvent<HTMLSelectElement>, choices: readonly T[], current: T, choose: (next: T) => void): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const at = choices.indexOf(current);
  const next = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? choices.length - 1 : null;
  if (next === null) return;
  e.preventDefault();
  if (next >= 0 && next < choices.length && next !== at) choose(choices[next]);
}

/** Search, the state filter and the nomination filter, shared by both views. */
export function ScoringFilters({ nominations, nominationNames, allowAll = true }: { nominations: string[]; nominationNames: Map<string, LocalizedText>; allowAll?: boolean }) {
  const { t, name } = useT();
  const { filter, nomination, search, setFilter, setNomination, setSearch } = useScoringUi();
  const nominationChoices = allowAll ? ['', ...nominations] : nominations;
  const nominationValue = nomination ?? (allowAll ? '' : nominations[0]);
  return (
    <div className="scoring-filters">
      <input type="search" value={search} placeholder={t('scoring.search')} aria-label={t('scoring.search')} onChange={(e) => setSearch(e.target.value)} />
      <div className="filter-row">
        <select aria-label={t('scoring.filter')} value={filter} onChange={(e) => setFilter(e.target.value as ScoringFilter)} onKeyDown={(e) => stepChoice(e, FILTERS, filter, setFilter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`scoring.filter.${f}`)}
            </option>
          ))}
        </select>
        {nominations.length > 1 && (
          <select
            aria-label={t('scoring.allNominations')}
            value={nominationValue}
            onChange={(e) => setNomination(e.target.value || null)}
            onKeyDown={(e) => stepChoice(e, nominationChoices, nominationValue, (v) => setNomination(v || null))}
          >
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
