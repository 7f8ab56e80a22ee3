import { compareKazakh, foldForSearch } from '../text/fold';
import type { Entry } from './model';

export type RegistrySortKey = 'id' | 'participant' | 'organisation' | 'region' | 'nomination' | 'likes' | 'views' | 'eligible';
export type EligibilityFilter = 'all' | 'eligible' | 'flagged' | 'disqualified';

export interface RegistryQuery {
  search: string;
  nomination: string | null;
  region: string | null;
  /** Absent in older saved queries: no filter. */
  ageGroup?: string | null;
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
export function queryRegistry(entries: readonly Entry[], q: RegistryQuery, index?: Map<Entry, string>): Entry[] {
  const needle = foldForSearch(q.search);
  // The folded text is built only once someone searches.
  if (needle && !index) index = searchIndex(entries);
  const out = entries.filter((e) => {
    if (q.nomination !== null && e.nomination !== q.nomination) return false;
    if (q.region !== null && e.region !== q.region) return false;
    if (q.ageGroup != null && e.age_group !== q.ageGroup) return false;
    if (q.eligibility === 'eligible' && !e.eligible) return false;
    if (q.eligibility === 'flagged' && (e.flags.length === 0 || e.decision !== null)) return false;
    if (q.eligibility === 'disqualified' && e.decision !== 'disqualified') return false;
    return !needle || (index!.get(e) ?? '').includes(needle);
  });
  const dir = q.descending ? -1 : 1;
  const rank = ranks(entries, q.sort);
  return out.sort((a, b) => dir * (rank.get(a)! - rank.get(b)!) || a.seq - b.seq);
}

/**
 * Each entry's position in the whole list sorted by one column, computed once per list and
 * column: ICU collation is the slow part of sorting 10,000 names, and typing in the search
 * box re-sorts on every keystroke. Equal values share a rank so the entry order breaks ties.
 */
const rankCache = new WeakMap<readonly Entry[], Map<RegistrySortKey, Map<Entry, number>>>();
function ranks(entries: readonly Entry[], key: RegistrySortKey): Map<Entry, number> {
  let byKey = rankCache.get(entries);
  if (!byKey) rankCache.set(entries, (byKey = new Map()));
  let rank = byKey.get(key);
  if (rank) return rank;
  const cmp = comparator(key);
  const sorted = [...entries].sort(cmp);
  rank = new Map();
  let r = 0;
  sorted.forEach((e, i) => {
    if (i > 0 && cmp(sorted[i - 1], e) !== 0) r = i;
    rank!.set(e, r);
  });
  byKey.set(key, rank);
  return rank;
}

/** Entry numbers are usually digits: compared as numbers without the collator. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return compareKazakh(a, b);
}

function comparator(key: RegistrySortKey): (a: Entry, b: Entry) => number {
  switch (key) {
    case 'likes':
    case 'views':
      return (a, b) => (a[key] ?? -1) - (b[key] ?? -1);
    case 'eligible':
      return (a, b) => Number(a.eligible) - Number(b.eligible);
    case 'id':
      return (a, b) => compareIds(a.id, b.id);
    default:
      return (a, b) => compareKazakh(a[key], b[key]);
  }
}

/** Distinct age groups in use, Kazakh-sorted, for the filter menu. */
export function ageGroupsOf(entries: readonly Entry[]): string[] {
  return [...new Set(entries.map((e) => e.age_group).filter((r): r is string => !!r))].sort(compareKazakh);
}

/** Distinct regions, Kazakh-sorted, for the filter menu. */
export function regionsOf(entries: readonly Entry[]): string[] {
  return [...new Set(entries.map((e) => e.region).filter((r): r is string => !!r))].sort(compareKazakh);
}
