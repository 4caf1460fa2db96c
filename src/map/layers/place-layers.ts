// Layer factories: pure functions of (data, state) → deck.gl layers. No hooks, no store access, so
// they are unit-tested on layer props and accessors without WebGL.
import { LineLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { LAYER_IDS } from '../../data/constants';
import type { LayerId } from '../../data/schema';
import type { AtlasPlace } from '../../data/load-data';
import type { Lang } from '../../i18n';
import { filterState, type ScenarioFilter } from '../../store/selectors';
import { FILTER_ALPHA, RING_WIDTH, withAlpha } from '../scales';
import { LIGHT_PALETTE, type SymbolPalette } from './palette';
import { drawnSymbols, type PlaceSymbol } from './place-geometry';
import { LABEL_FONT, LABEL_SIZE } from './label-style';
import { labelSize, placeDrawnLabels, type Project } from '../labels/label-input';
import type { Placement, PlacementOptions } from '../labels/place-labels';
import { mercatorLngLat, mercatorPixel } from '../mercator';

export { drawnSymbols, LABEL_FONT, LABEL_SIZE, labelSize };

export const LAYER_ID = {
  cores: 'place-cores',
  ring: (l: LayerId) => `ring-${l}`,
  selection: 'place-selection',
  undated: 'place-undated',
  labels: 'place-labels',
  leaders: 'place-leaders',
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

type LngLat = [number, number];

/** The label placement for the map, with its leader lines in lng/lat for deck.gl. */
export interface MapLabels {
  placement: Placement;
  leaders: { from: LngLat; to: LngLat }[];
}

/**
 * Places the labels of the drawn symbols as they are projected on screen (`project`; `unproject` turns
 * leader lines back into lng/lat). Without a projection, Web Mercator pixels at the state's zoom.
 */
export function mapLabels(
  drawn: readonly PlaceSymbol[],
  st: PlaceLayerState,
  project: Project = (ll) => {
    const [x, y] = mercatorPixel(ll, st.zoom);
    return { x, y };
  },
  unproject: (p: [number, number]) => LngLat = (p) => mercatorLngLat(p, st.zoom),
  options: Omit<PlacementOptions, 'size'> = {},
): MapLabels {
  const placement = placeDrawnLabels(drawn, st, project, options);
  const leaders = [...placement.labels.values(), ...placement.clusters.map((c) => c.label)].flatMap((l) =>
    l?.leader
      ? [{ from: unproject([l.leader[0], l.leader[1]]), to: unproject([l.leader[2], l.leader[3]]) }]
      : [],
  );
  return { placement, leaders };
}

/** A label as drawn: at its place's (or its cluster's first place's) point, offset in pixels. */
export interface LabelDatum {
  id: string;
  place: AtlasPlace;
  symbol: PlaceSymbol;
  text: string;
  offset: [number, number];
  cluster: boolean;
}

export function labelData(drawn: readonly PlaceSymbol[], placement: Placement): LabelDatum[] {
  const byId = new Map(drawn.map((s) => [s.place.id, s]));
  const out: LabelDatum[] = [];
  for (const [id, l] of placement.labels) {
    const symbol = byId.get(id);
    if (symbol)
      out.push({ id, place: symbol.place, symbol, text: l.text, offset: [l.dx, l.dy], cluster: false });
  }
  for (const c of placement.clusters) {
    const symbol = c.label && byId.get(c.label.anchor);
    if (symbol && c.label)
      out.push({
        id: c.id,
        place: symbol.place,
        symbol,
        text: c.label.text,
        offset: [c.label.dx, c.label.dy],
        cluster: true,
      });
  }
  return out;
}

export function buildLabelLayer(
  symbols: PlaceSymbol[],
  st: PlaceLayerState,
  characterSet: string[],
  labels: MapLabels = mapLabels(symbols, st),
) {
  const size = labelSize(st);
  const pal = paletteOf(st);
  const data = labelData(symbols, labels.placement);
  return new TextLayer<LabelDatum>({
    id: LAYER_ID.labels,
    data,
    pickable: false,
    getPosition: (d) => d.place.anchor,
    getText: (d) => d.text,
    getSize: size,
    ...SDF_TEXT,
    getPixelOffset: (d) => d.offset,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    fontWeight: 600,
    characterSet,
    outlineWidth: 4,
    outlineColor: pal.labelHalo,
    getColor: (d) => withAlpha(pal.label, d.cluster ? 1 : Math.max(alphaOf(d.symbol, st), 0.35)),
    updateTriggers: { getColor: [filterKey(st), pal] },
  });
}

/** Thin lines from a symbol to a label that stands off it. */
export function buildLeaderLayer(labels: MapLabels, st: PlaceLayerState) {
  return new LineLayer<MapLabels['leaders'][number]>({
    id: LAYER_ID.leaders,
    data: labels.leaders,
    pickable: false,
    widthUnits: 'pixels',
    getWidth: 1.5 * Math.max(1, (st.textScale ?? 1) * 0.75),
    getSourcePosition: (d) => d.from,
    getTargetPosition: (d) => d.to,
    getColor: paletteOf(st).leader,
    updateTriggers: { getColor: paletteOf(st) },
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
  labels = mapLabels(drawn, st),
) {
  return [
    ...buildSymbolLayers(drawn, st),
    buildSelectionLayer(drawn, st),
    buildLeaderLayer(labels, st),
    buildLabelLayer(drawn, st, characterSet, labels),
    buildUndatedLayer(drawn, st, characterSet),
  ];
}
