import { create } from 'zustand';
import { DEFAULT_QUERY, type RegistryQuery } from '../../shared/entries/registryQuery';
import type { Language } from '../../shared/i18n/languages';

export type Route =
  | { name: 'home' }
  | { name: 'setup'; contestId: string }
  | { name: 'import'; contestId: string }
  | { name: 'registry'; contestId: string }
  | { name: 'packages'; contestId: string }
  | { name: 'merge'; contestId: string }
  | { name: 'paper'; contestId: string }
  | { name: 'results'; contestId: string }
  | { name: 'protocol'; contestId: string }
  | { name: 'scoring'; workspaceId: string };

export interface Notice {
  kind: 'success' | 'error';
  text: string;
}

/** UI state only: where the user is and what they are looking at. Data comes from the client. */
interface UiState {
  language: Language;
  route: Route;
  registryQuery: RegistryQuery;
  selectedEntryId: string | null;
  notice: Notice | null;
  /** Set while a screen holds unsaved work: leaving it asks first. */
  leaveWarning: string | null;
  setLeaveWarning(text: string | null): void;
  setLanguage(language: Language): void;
  go(route: Route): void;
  setQuery(patch: Partial<RegistryQuery>): void;
  selectEntry(id: string | null): void;
  notify(notice: Notice | null): void;
}

export const useUi = create<UiState>((set) => ({
  language: 'kk',
  route: { name: 'home' },
  registryQuery: DEFAULT_QUERY,
  selectedEntryId: null,
  notice: null,
  leaveWarning: null,
  setLeaveWarning: (leaveWarning) => set({ leaveWarning }),
  setLanguage: (language) => set({ language }),
  go: (route) =>
    set((s) => {
      const moving = s.route.name !== route.name || currentContestId(s.route) !== currentContestId(route);
      if (moving && s.leaveWarning && !window.confirm(s.leaveWarning)) return {};
      // Filters belong to one contest's registry: another contest starts unfiltered.
      const otherContest = currentContestId(s.route) !== currentContestId(route) && currentContestId(route) !== null;
      if (!moving) return { route };
      return { route, selectedEntryId: null, leaveWarning: null, ...(otherContest ? { registryQuery: DEFAULT_QUERY } : {}) };
    }),
  setQuery: (patch) => set((s) => ({ registryQuery: { ...s.registryQuery, ...patch } })),
  selectEntry: (selectedEntryId) => set({ selectedEntryId }),
  notify: (notice) => set({ notice }),
}));

export const currentContestId = (r: Route): string | null => ('contestId' in r ? r.contestId : null);
