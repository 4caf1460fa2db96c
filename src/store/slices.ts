// Store slices (zustand "slices pattern"). The store holds ids and UI state only; anything derived
// (matching places, counts, panel rows) is computed in selectors.ts.
import type { StateCreator } from 'zustand';
import { LAYER_IDS } from '../data/constants';
import type { LayerId, Scenario } from '../data/schema';
import type { Lang } from '../i18n';
import type { Metric } from './metrics';

export type Match = 'any' | 'all';
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface SelectionSlice {
  selectedPlaceId: string | null;
  hoveredPlaceId: string | null;
  /** Bumped to ask the map to fly to a place (search, list), even if it is already selected. */
  flyRequest: { placeId: string; seq: number } | null;
  selectPlace: (id: string | null) => void;
  hoverPlace: (id: string | null) => void;
  flyToPlace: (id: string) => void;
}

export interface FilterSlice {
  scenarios: Scenario[];
  match: Match;
  showNoScenarioData: boolean;
  toggleScenario: (s: Scenario) => void;
  setMatch: (m: Match) => void;
  clearScenarios: () => void;
  setShowNoScenarioData: (v: boolean) => void;
}

export interface DisplaySlice {
  visibleLayers: LayerId[];
  metric: Metric;
  lang: Lang;
  view: View | null;
  /** Human-readable items dropped from the URL; shown once as a notice. */
  notices: string[];
  toggleLayer: (l: LayerId) => void;
  setMetric: (m: Metric) => void;
  setLang: (l: Lang) => void;
  setView: (v: View) => void;
  dismissNotices: () => void;
}

export type AppState = SelectionSlice & FilterSlice & DisplaySlice;

export const initialSelectionState = { selectedPlaceId: null, hoveredPlaceId: null, flyRequest: null };
export const initialFilterState = {
  scenarios: [] as Scenario[],
  match: 'any' as Match,
  showNoScenarioData: true,
};
export const initialDisplayState = {
  visibleLayers: [...LAYER_IDS] as LayerId[],
  metric: 'licences' as Metric,
  lang: 'en' as Lang,
  view: null as View | null,
  notices: [] as string[],
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  ...initialSelectionState,
  selectPlace: (id) => set({ selectedPlaceId: id }),
  hoverPlace: (id) => set({ hoveredPlaceId: id }),
  flyToPlace: (id) => set((s) => ({ flyRequest: { placeId: id, seq: (s.flyRequest?.seq ?? 0) + 1 } })),
});

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  ...initialFilterState,
  toggleScenario: (sc) =>
    set((s) => ({
      scenarios: s.scenarios.includes(sc) ? s.scenarios.filter((x) => x !== sc) : [...s.scenarios, sc],
    })),
  setMatch: (match) => set({ match }),
  clearScenarios: () => set({ scenarios: [] }),
  setShowNoScenarioData: (showNoScenarioData) => set({ showNoScenarioData }),
});

export const createDisplaySlice: StateCreator<AppState, [], [], DisplaySlice> = (set) => ({
  ...initialDisplayState,
  // Keep the canonical layer order whatever the click order, so URLs and ring order are stable.
  toggleLayer: (l) =>
    set((s) => ({
      visibleLayers: LAYER_IDS.filter((x) =>
        x === l ? !s.visibleLayers.includes(l) : s.visibleLayers.includes(x),
      ),
    })),
  setMetric: (metric) => set({ metric }),
  setLang: (lang) => set({ lang }),
  setView: (view) => set({ view }),
  dismissNotices: () => set({ notices: [] }),
});
