import { compareKazakh, foldForSearch } from '../text/fold';
import type { Entry } from './model';

export type RegistrySortKey = 'id' | 'participant' | 'organisation' | 'region' | 'nomination' | 'likes' | 'views' | 'eligible';
export type EligibilityFilter = 'all' | 'eligible' | 'flagged' | 'disqualified';

export interface RegistryQuery {
  search: string;
  nomination: string | null;
  region: string | null;
  eligibility: EligibilityFilter;
  sort: RegistrySortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: RegistryQuery = { search: '', nomination: null, region: null, eligibility: 'all', sort: 'id', descending: false };

/** Folded text of the fields a search looks in, computed once per entry list. */
export function searchIndex(entries: readonly Entry[]): Map<Entry, string> {
  const index = new Map<Entry, string>();
  for (const e of entries) {
    index.set(e, foldForSearch([e.id, e.participant, e.organisation, e.region, e.link, e.email].filter(Boolean).join(' \u0001 ')));
  }
  return index;
}

/** Filters and sorts the registry in memory; ICU collation so that Ә follows А and Ө follows О. */
export function queryRegistry(entries: readonly Entry[], q: RegistryQuery, index = searchIndex(entries)): Entry[] {
  const needle = foldForSearch(q.search);
  const out = entries.filter((e) => {
    if (q.nomination !== null && e.nomination !== q.nomination) return false;
    if (q.region !== null && e.region !== q.region) return false;
    if (q.eligibility === 'eligible' && !e.eligible) return false;
    if (q.eligibility === 'flagged' && (e.flags.length === 0 || e.decision !== null)) return false;
    if (q.eligibility === 'disqualified' && e.decision !== 'disqualified') return false;
    return !needle || (index.get(e) ?? '').includes(needle);
  });
  const dir = q.descending ? -1 : 1;
  const cmp = comparator(q.sort);
  return out.sort((a, b) => dir * cmp(a, b) || a.seq - b.seq);
}

function comparator(key: RegistrySortKey): (a: Entry, b: Entry) => number {
  switch (key) {
    case 'likes':
    case 'views':
      return (a, b) => (a[key] ?? -1) - (b[key] ?? -1);
    case 'eligible':
      return (a, b) => Number(a.eligible) - Number(b.eligible);
    default:
      return (a, b) => compareKazakh(a[key], b[key]);
  }
}

/** Distinct regions, Kazakh-sorted, for the filter menu. */
export function regionsOf(entries: readonly Entry[]): string[] {
  return [...new Set(entries.map((e) => e.region).filter((r): r is string => !!r))].sort(compareKazakh);
}
