// Store slices (zustand "slices pattern"). The store holds ids and UI state only; anything derived
// (matching places, counts, panel rows) is computed in selectors.ts.
import type { StateCreator } from 'zustand';
import { LAYER_IDS } from '../data/constants';
import type { LayerId, Scenario } from '../data/schema';
import type { Theme } from '../design/encoding';
import type { Lang } from '../i18n';
import type { Metric } from './metrics';
import type { TourSlice } from './tour-slice';
import type { CompareSlice, TimelineSlice } from './view-slices';

export type Match = 'any' | 'all';
export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * What the camera should do next, for the one camera controller (map/camera-controller.ts) to carry
 * out. `seq` makes a repeated request (the same place picked twice) a new intent.
 *   fit    the whole of China in the map's free area (`force`: even if the user has moved the map)
 *   place  keep a place in view (`zoomIn`: fly close to it, as search and the list do)
 *   view   restore a camera (a shared link, Back / Forward)
 */
export type CameraIntent =
  | { kind: 'fit'; force: boolean; seq: number }
  | { kind: 'place'; placeId: string; zoomIn: boolean; seq: number }
  | { kind: 'view'; view: View; seq: number };
type IntentRequest = CameraIntent extends infer I ? (I extends CameraIntent ? Omit<I, 'seq'> : never) : never;

let intentSeq = 0;
export const cameraIntent = (request: IntentRequest): CameraIntent =>
  ({ ...request, seq: ++intentSeq }) as CameraIntent;

export interface SelectionSlice {
  selectedPlaceId: string | null;
  hoveredPlaceId: string | null;
  /** The place the arrow keys have reached on the focused map (highlighted and announced), or null. */
  keyboardPlaceId: string | null;
  cameraIntent: CameraIntent;
  /** Select a place where it is (a click on the map): the camera only keeps it in view. */
  selectPlace: (id: string | null) => void;
  /** Select a place and fly to it (search, lists). */
  goToPlace: (id: string) => void;
  hoverPlace: (id: string | null) => void;
  focusPlaceByKeyboard: (id: string | null) => void;
  /** Frame the whole of China again. */
  fitChina: () => void;
}

export interface FilterSlice {
  scenarios: Scenario[];
  match: Match;
  showNoScenarioData: boolean;
  toggleScenario: (s: Scenario) => void;
  setMatch: (m: Match) => void;
  clearScenarios: () => void;
  setShowNoScenarioData: (v: boolean) => void;
  /** Replace the selection (a matrix column header: that one scenario). */
  setScenarios: (list: readonly Scenario[]) => void;
}

/** The views of the analysis drawer (?analysis=…); null = closed. */
export const ANALYSIS_VIEWS = ['rankings', 'matrix', 'context', 'table'] as const;
export type AnalysisView = (typeof ANALYSIS_VIEWS)[number];

export interface DisplaySlice {
  visibleLayers: LayerId[];
  metric: Metric;
  lang: Lang;
  /** Light (screens) or projector (a hall: large type, strong contrast, legend on the map). */
  theme: Theme;
  view: View | null;
  /** Human-readable items dropped from the URL; shown once as a notice. */
  notices: string[];
  /** The open analysis view (the drawer over the map's bottom), or null. */
  analysis: AnalysisView | null;
  toggleLayer: (l: LayerId) => void;
  setMetric: (m: Metric) => void;
  setLang: (l: Lang) => void;
  setTheme: (t: Theme) => void;
  /** The camera as the user left it; null while the camera rests where an intent put it. */
  setView: (v: View | null) => void;
  dismissNotices: () => void;
  setAnalysis: (v: AnalysisView | null) => void;
}

/** The side of the map a floating card covers, and how far in (px from that edge of the map). */
export interface Occluder {
  side: 'left' | 'right' | 'bottom';
  size: number;
  /** The card's own rectangle in map px: labels avoid only it, not its whole side of the map. */
  box?: { x0: number; y0: number; x1: number; y1: number };
}
export interface LayoutSlice {
  /** Cards over the map (rail, place panel), measured by ResizeObserver (layout/use-occluder.ts). */
  occluders: Record<string, Occluder>;
  setOccluder: (id: string, o: Occluder | null) => void;
  /** The South China Sea inset's rendered size (px), or null when it is not shown. */
  insetSize: { width: number; height: number } | null;
  setInsetSize: (size: { width: number; height: number } | null) => void;
}

export type AppState = SelectionSlice &
  FilterSlice &
  DisplaySlice &
  LayoutSlice &
  TimelineSlice &
  CompareSlice &
  TourSlice;

export const initialSelectionState = {
  selectedPlaceId: null as string | null,
  hoveredPlaceId: null as string | null,
  keyboardPlaceId: null as string | null,
  cameraIntent: { kind: 'fit', force: false, seq: 0 } as CameraIntent,
};
export const initialFilterState = {
  scenarios: [] as Scenario[],
  match: 'any' as Match,
  showNoScenarioData: true,
};
export const initialDisplayState = {
  visibleLayers: [...LAYER_IDS] as LayerId[],
  metric: 'licences' as Metric,
  lang: 'en' as Lang,
  theme: 'light' as Theme,
  view: null as View | null,
  notices: [] as string[],
  analysis: null as AnalysisView | null,
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  ...initialSelectionState,
  selectPlace: (id) =>
    set({
      selectedPlaceId: id,
      // Closing the panel frames China again, unless the user has moved the map.
      cameraIntent: cameraIntent(
        id ? { kind: 'place', placeId: id, zoomIn: false } : { kind: 'fit', force: false },
      ),
    }),
  goToPlace: (id) =>
    set({ selectedPlaceId: id, cameraIntent: cameraIntent({ kind: 'place', placeId: id, zoomIn: true }) }),
  hoverPlace: (id) => set({ hoveredPlaceId: id }),
  focusPlaceByKeyboard: (id) => set({ keyboardPlaceId: id }),
  fitChina: () => set({ cameraIntent: cameraIntent({ kind: 'fit', force: true }) }),
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
  setScenarios: (list) => set({ scenarios: [...new Set(list)] }),
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
  setTheme: (theme) => set({ theme }),
  setView: (view) => set({ view }),
  dismissNotices: () => set({ notices: [] }),
  setAnalysis: (analysis) => set({ analysis }),
});

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  occluders: {},
  insetSize: null,
  setInsetSize: (size) =>
    set((s) =>
      s.insetSize?.width === size?.width && s.insetSize?.height === size?.height ? s : { insetSize: size },
    ),
  setOccluder: (id, o) =>
    set((s) => {
      const old = s.occluders[id];
      const sameBox = (a?: Occluder['box'], b?: Occluder['box']) =>
        a === b || (!!a && !!b && a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1);
      if (o ? old?.side === o.side && old.size === o.size && sameBox(old.box, o.box) : !old) return s;
      const occluders = { ...s.occluders };
      if (o) occluders[id] = o;
      else delete occluders[id];
      return { occluders };
    }),
});
