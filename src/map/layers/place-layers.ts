// Layer factories: pure functions of (data, state) → deck.gl layers. No hooks, no store access, so
// they are unit-tested on layer props and accessors without WebGL.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { LAYER_IDS } from '../../data/constants';
import type { LayerId } from '../../data/schema';
import type { Lang } from '../../i18n';
import { filterState, type ScenarioFilter } from '../../store/selectors';
import { FILTER_ALPHA, RING_WIDTH, withAlpha } from '../scales';
import { LIGHT_PALETTE, type SymbolPalette } from './palette';
import { placeLabels, type LabelSide } from './label-declutter';
import { drawnSymbols, type PlaceSymbol } from './place-geometry';
import { LABEL_FONT, LABEL_SIZE } from './label-style';

export { drawnSymbols, LABEL_FONT, LABEL_SIZE };

export const LAYER_ID = {
  cores: 'place-cores',
  ring: (l: LayerId) => `ring-${l}`,
  selection: 'place-selection',
  undated: 'place-undated',
  labels: 'place-labels',
} as const;

/** Text drawn from local fonts into an SDF atlas (no glyph server), shared by every label layer. */
export const SDF_TEXT = {
  sizeUnits: 'pixels',
  fontFamily: LABEL_FONT,
  fontSettings: { sdf: true, fontSize: 32, buffer: 4 },
} as const;

export interface PlaceLayerState {
  filter: ScenarioFilter;
  showNoScenarioData: boolean;
  selectedPlaceId: string | null;
  hoveredPlaceId: string | null;
  lang: Lang;
  /** Camera zoom: decides which labels fit without overlapping. */
  zoom: number;
  /** Label scale (1 in the light theme; larger in the projector theme). */
  textScale?: number;
  /** Places being compared: ringed like the selection, and always labelled. */
  compareIds?: readonly string[];
  /** The theme's colours (default: the light theme's). */
  palette?: SymbolPalette;
}

const paletteOf = (st: PlaceLayerState) => st.palette ?? LIGHT_PALETTE;

const alphaOf = (s: PlaceSymbol, st: PlaceLayerState) => FILTER_ALPHA[filterState(s.place, st.filter)];

const position = (s: PlaceSymbol) => s.place.anchor;
const filterKey = (st: PlaceLayerState) => `${st.filter.match}:${st.filter.scenarios.join(',')}`;

export function buildCoreLayer(symbols: PlaceSymbol[], st: PlaceLayerState) {
  const pal = paletteOf(st);
  return new ScatterplotLayer<PlaceSymbol>({
    id: LAYER_ID.cores,
    data: symbols,
    pickable: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    getPosition: position,
    getRadius: (s) => s.core,
    getFillColor: (s) => withAlpha(s.reported ? pal.core : pal.notReportedFill, alphaOf(s, st)),
    getLineColor: (s) => withAlpha(s.reported ? pal.core : pal.notReportedLine, alphaOf(s, st)),
    getLineWidth: (s) => (s.reported ? 0 : 1.5 * Math.max(1, s.scale)),
    updateTriggers: { getFillColor: [filterKey(st), pal], getLineColor: [filterKey(st), pal] },
  });
}

/** A ring whose designation date is unknown is drawn faded, with a "?" beside it (buildUndatedLayer). */
export const UNDATED_RING_ALPHA = 0.4;

export function buildRingLayer(layer: LayerId, symbols: PlaceSymbol[], st: PlaceLayerState) {
  const color = paletteOf(st).layers[layer];
  const ringAlpha = (s: PlaceSymbol) => alphaOf(s, st) * (s.undated.includes(layer) ? UNDATED_RING_ALPHA : 1);
  return new ScatterplotLayer<PlaceSymbol>({
    id: LAYER_ID.ring(layer),
    data: symbols.filter((s) => s.rings[layer] !== undefined),
    pickable: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: false,
    getPosition: position,
    getRadius: (s) => s.rings[layer]!,
    getLineWidth: (s) => RING_WIDTH[layer] * s.scale,
    getLineColor: (s) => withAlpha(color, ringAlpha(s)),
    updateTriggers: { getLineColor: [filterKey(st), color] },
  });
}

/** The "date unknown" mark: a "?" at the upper right of a symbol with an undated ring. */
export function buildUndatedLayer(symbols: PlaceSymbol[], st: PlaceLayerState, characterSet: string[]) {
  return new TextLayer<PlaceSymbol>({
    id: LAYER_ID.undated,
    data: symbols.filter((s) => s.undated.length > 0),
    pickable: false,
    getPosition: position,
    getText: () => '?',
    getSize: labelSize(st) + 2,
    ...SDF_TEXT,
    getPixelOffset: (s) => [s.outer * 0.75 + 3, -s.outer * 0.75 - 3],
    getTextAnchor: 'start',
    getAlignmentBaseline: 'bottom',
    fontWeight: 700,
    characterSet,
    outlineWidth: 4,
    outlineColor: paletteOf(st).labelHalo,
    getColor: (s) => withAlpha(paletteOf(st).layers[s.undated[0]!], Math.max(alphaOf(s, st), 0.35)),
    updateTriggers: { getColor: [filterKey(st), paletteOf(st)] },
  });
}

export function buildSelectionLayer(symbols: PlaceSymbol[], st: PlaceLayerState) {
  const ids = [st.selectedPlaceId, st.hoveredPlaceId, ...(st.compareIds ?? [])].filter(
    (x): x is string => !!x,
  );
  const pal = paletteOf(st);
  return new ScatterplotLayer<PlaceSymbol>({
    id: LAYER_ID.selection,
    data: symbols.filter((s) => ids.includes(s.place.id)),
    pickable: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: false,
    getPosition: position,
    getRadius: (s) => s.outer + 4,
    getLineWidth: (s) => (s.place.id === st.selectedPlaceId ? 3 : 2),
    getLineColor: (s) =>
      s.place.id === st.selectedPlaceId || st.compareIds?.includes(s.place.id) ? pal.selection : pal.hover,
    updateTriggers: {
      getLineWidth: st.selectedPlaceId,
      getLineColor: [st.selectedPlaceId, ...(st.compareIds ?? []), pal],
    },
  });
}

export function labelCharacterSet(texts: readonly string[]): string[] {
  const chars = new Set<string>();
  for (let c = 32; c < 127; c++) chars.add(String.fromCharCode(c));
  for (const t of texts) for (const ch of t) chars.add(ch);
  return [...chars];
}

const LABEL_OFFSET: Record<LabelSide, (outer: number) => [number, number]> = {
  right: (o) => [o + 4, 0],
  left: (o) => [-o - 4, 0],
  bottom: (o) => [0, o + 3],
  top: (o) => [0, -o - 3],
};
const LABEL_ANCHOR = { right: 'start', left: 'end', bottom: 'middle', top: 'middle' } as const;
const LABEL_BASELINE = { right: 'center', left: 'center', bottom: 'top', top: 'bottom' } as const;

export const labelSize = (st: PlaceLayerState) => LABEL_SIZE * (st.textScale ?? 1);

/** Where each drawn place's label goes (absent: no room). Computed once per view and shared with the
 * hit test, so a click on a label finds exactly the labels on screen. */
export function labelSides(
  drawn: readonly PlaceSymbol[],
  st: PlaceLayerState,
): ReadonlyMap<string, LabelSide> {
  return placeLabels(drawn, st.zoom, st.lang, labelSize(st));
}

export function buildLabelLayer(
  symbols: PlaceSymbol[],
  st: PlaceLayerState,
  characterSet: string[],
  sides: ReadonlyMap<string, LabelSide>,
) {
  const size = labelSize(st);
  const pal = paletteOf(st);
  // The selected place is always labelled (on its right if nothing else fits).
  const sideOf = (s: PlaceSymbol): LabelSide => sides.get(s.place.id) ?? 'right';
  return new TextLayer<PlaceSymbol>({
    id: LAYER_ID.labels,
    data: symbols.filter(
      (s) =>
        sides.has(s.place.id) || s.place.id === st.selectedPlaceId || st.compareIds?.includes(s.place.id),
    ),
    pickable: false,
    getPosition: position,
    getText: (s) => s.place.name[st.lang],
    getSize: size,
    ...SDF_TEXT,
    getPixelOffset: (s) => LABEL_OFFSET[sideOf(s)](s.outer),
    getTextAnchor: (s) => LABEL_ANCHOR[sideOf(s)],
    getAlignmentBaseline: (s) => LABEL_BASELINE[sideOf(s)],
    fontWeight: 600,
    characterSet,
    outlineWidth: 4,
    outlineColor: pal.labelHalo,
    getColor: (s) => withAlpha(pal.label, Math.max(alphaOf(s, st), 0.35)),
    updateTriggers: {
      getText: st.lang,
      getColor: [filterKey(st), pal],
      getPixelOffset: [...sides],
      getTextAnchor: [...sides],
      getAlignmentBaseline: [...sides],
    },
  });
}

/** Rings and cores, bottom to top: outer programmes first so inner rings stay on top. */
export function buildSymbolLayers(drawn: PlaceSymbol[], st: PlaceLayerState) {
  return [...[...LAYER_IDS].reverse().map((l) => buildRingLayer(l, drawn, st)), buildCoreLayer(drawn, st)];
}

/** All place layers, bottom to top. */
export function buildPlaceLayers(
  symbols: PlaceSymbol[],
  st: PlaceLayerState,
  characterSet: string[],
  drawn = drawnSymbols(symbols, st),
  sides = labelSides(drawn, st),
) {
  return [
    ...buildSymbolLayers(drawn, st),
    buildSelectionLayer(drawn, st),
    buildLabelLayer(drawn, st, characterSet, sides),
    buildUndatedLayer(drawn, st, characterSet),
  ];
}
