import { create } from 'zustand';

export type ScoringFilter = 'all' | 'unscored' | 'recused' | 'commented';
/** One entry at a time (with its media), or a grid of entries × criteria for fast typing. */
export type ScoringView = 'entry' | 'grid';

/** What the juror is looking at on the scoring screen: UI state only, the marks come from the client. */
interface ScoringUiState {
  filter: ScoringFilter;
  nomination: string | null;
  search: string;
  selectedEntryId: string | null;
  view: ScoringView;
  setView(view: ScoringView): void;
  setFilter(filter: ScoringFilter): void;
  setNomination(nomination: string | null): void;
  setSearch(search: string): void;
  select(id: string | null): void;
  reset(): void;
}

export const useScoringUi = create<ScoringUiState>((set) => ({
  filter: 'all',
  nomination: null,
  search: '',
  selectedEntryId: null,
  view: 'entry',
  setView: (view) => set({ view }),
  setFilter: (filter) => set({ filter }),
  setNomination: (nomination) => set({ nomination }),
  setSearch: (search) => set({ search }),
  select: (selectedEntryId) => set({ selectedEntryId }),
  reset: () => set({ filter: 'all', nomination: null, search: '', selectedEntryId: null }),
}));
