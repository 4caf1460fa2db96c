// The map drawn from the data as SVG primitives: the basemap regions, the island dots, region names,
// and the place symbols and labels exactly as the map layers build them (same geometry, colours, label
// placement), projected with the map's Web Mercator frame. Pure, and free of the browser-only modules
// (the basemap and the label strategy come in as arguments), so one renderer draws the SVG export, the
// first paint built into index.html (scripts/first-paint-plugin.ts) and the map without WebGL.
import type { Geometry, Position } from 'geojson';
import { LAYER_IDS } from '../data/constants';
import type { Atlas } from '../data/load-data';
import type { BasemapTheme } from '../map/basemap/basemap-theme';
import { ISLAND_IDS, REGION_NAMES } from '../map/basemap/province-names';
import { symbolScaleForZoom } from '../map/scales';
import { mercatorPixel } from '../map/mercator';
import { hexToRgba, SYMBOL_HEX } from '../design/encoding';
import { clusterText, placeDrawnLabels, regionItems, type Project } from '../map/labels/label-input';
import type { Placement } from '../map/labels/place-labels';
import { LABEL_FONT, LABEL_SIZE } from '../map/layers/label-style';
import { drawnSymbols, placeSymbols, type PlaceSymbol } from '../map/layers/place-geometry';
import type { PlaceLayerState } from '../map/layers/place-layers';
import {
  CORE_COLOR,
  FILTER_ALPHA,
  LAYER_COLORS,
  NOT_REPORTED_FILL,
  NOT_REPORTED_LINE,
  RING_WIDTH,
  SELECTION_COLOR,
  withAlpha,
} from '../map/scales';
import { filterState, visiblePlaces } from '../store/selectors';
import type { FittedMap } from './map-frame';
import { paint, solid, type Box, type Prim } from './scene';
import { simplifyLine } from './simplify';
import type { ExportState } from './view-model';

/** The map's settled zoom as the map view quantises it for symbol size and label placement. */
export const settledZoom = (zoom: number) => Math.round(zoom * 20) / 20;

/** What the renderer draws under the places: China's regions, the neighbours, the region names. */
export interface MapBasemap {
  regions: readonly Geometry[];
  world: readonly Geometry[];
  regionLabels: readonly { id: string; position: readonly number[] }[];
  theme: BasemapTheme;
}

/** The label placement (labels, clusters, leader lines, the region names that give way), in the map's
 * Web Mercator pixels at its zoom. One function, so the placement can be swapped. */
export type LabelPlacer = (
  drawn: readonly PlaceSymbol[],
  st: PlaceLayerState,
  project: Project,
  regionLabels: MapBasemap['regionLabels'],
) => Placement;
/** The map's own placement (src/map/labels), at the light theme's label sizes. */
export const defaultLabelPlacer: LabelPlacer = (drawn, st, project, regionLabels) =>
  placeDrawnLabels(drawn, st, project, {
    regions: regionItems(project, st.lang, 12, regionLabels),
    clusterText: clusterText(st.lang),
  });

export interface VectorMapOptions {
  labels?: LabelPlacer;
  /** Decimals kept in path coordinates, and the smallest step between kept points (map units). */
  decimals?: number;
  minStep?: number;
  /** Douglas-Peucker tolerance for the basemap's outlines (map units; 0: none). */
  simplify?: number;
  /** Paths with relative steps (smaller markup; the first paint). */
  relative?: boolean;
  /** Which parts to draw (all by default): the basemap (sea, land, island dots), the region names,
   * the places (symbols and labels). */
  parts?: { basemap?: boolean; regionNames?: boolean; places?: boolean };
}

/** The projection the renderer draws with: map units per screen pixel, and lon/lat → map units. */
export type MapProjection = Pick<FittedMap, 'k' | 'project'>;

type PathOptions = Required<Pick<VectorMapOptions, 'decimals' | 'minStep' | 'simplify' | 'relative'>>;

/** A ring's points as path data: absolute, or the first absolute and then steps between rounded
 * points (so rounding never drifts). */
function ringData(pts: readonly [number, number][], decimals: number, relative: boolean): string {
  const round = (v: number) => Number(v.toFixed(decimals));
  const r = pts.map(([x, y]) => [round(x), round(y)] as const);
  if (!relative) return `M${r.map(([x, y]) => `${x},${y}`).join('L')}Z`;
  const steps = r.slice(1).map(([x, y], i) => {
    const [px, py] = r[i]!;
    const dy = round(y - py);
    return `${round(x - px)}${dy < 0 ? '' : ','}${dy}`;
  });
  return `M${r[0]![0]},${r[0]![1]}l${steps.join(' ')}z`;
}

function pathOf(
  geoms: readonly Geometry[],
  fitted: MapProjection,
  box: Box,
  { decimals, minStep, simplify, relative }: PathOptions,
): string {
  const pad = 40;
  const ring = (r: Position[]) => {
    const pts = r.map((p) => fitted.project(p));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    if (
      Math.max(...xs) < box.x - pad ||
      Math.min(...xs) > box.x + box.w + pad ||
      Math.max(...ys) < box.y - pad ||
      Math.min(...ys) > box.y + box.h + pad
    )
      return '';
    // Points closer than half a slide pixel to the last one kept add nothing but bytes.
    const kept: [number, number][] = [];
    for (const p of pts) {
      const last = kept.at(-1);
      if (!last || Math.abs(p[0] - last[0]) >= minStep || Math.abs(p[1] - last[1]) >= minStep) kept.push(p);
    }
    const simple = simplifyLine(kept, simplify);
    if (simple.length < 4 && simplify > 0) return '';
    if (simple.length < 3) return '';
    return ringData(simple, decimals, relative);
  };
  return geoms
    .flatMap((g) =>
      g.type === 'Polygon'
        ? g.coordinates.map(ring)
        : g.type === 'MultiPolygon'
          ? g.coordinates.flatMap((poly) => poly.map(ring))
          : [],
    )
    .join('');
}

const inside = ([x, y]: [number, number], b: Box) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;

export function vectorMap(
  atlas: Atlas,
  basemap: MapBasemap,
  st: ExportState,
  mapZoom: number,
  fitted: MapProjection,
  box: Box,
  options: VectorMapOptions = {},
): Prim[] {
  const { labels: placer = defaultLabelPlacer } = options;
  const paths: PathOptions = {
    decimals: options.decimals ?? 1,
    minStep: options.minStep ?? 0.5,
    simplify: options.simplify ?? 0,
    relative: options.relative ?? false,
  };
  const { basemap: drawBasemap = true, regionNames = true, places: drawPlaces = true } = options.parts ?? {};
  const zoom = settledZoom(mapZoom);
  const out: Prim[] = [];
  if (drawBasemap) out.push(...basemapPrims(basemap, fitted, box, paths));
  const scene = placedScene(atlas, basemap, st, zoom, placer);
  if (regionNames) out.push(...regionNamePrims(basemap, st, fitted, box, scene.placement));
  if (drawPlaces) out.push(...placePrims(scene, st, zoom, fitted, box));
  return out;
}

function basemapPrims(basemap: MapBasemap, fitted: MapProjection, box: Box, paths: PathOptions): Prim[] {
  const { k } = fitted;
  const THEME = basemap.theme;
  const out: Prim[] = [{ t: 'rect', ...box, fill: solid(THEME.sea) }];
  const world = pathOf(basemap.world, fitted, box, paths);
  out.push({
    t: 'path',
    d: world,
    fill: solid(THEME.otherLand),
    stroke: solid(THEME.otherLandLine),
    sw: 0.6 * k,
  });
  const china = pathOf(basemap.regions, fitted, box, paths);
  out.push({ t: 'path', d: china, fill: solid(THEME.region), stroke: solid(THEME.regionLine), sw: 0.8 * k });
  // A dot per island group: at national scale their outlines are sub-pixel (as on the map).
  for (const l of basemap.regionLabels) {
    if (!ISLAND_IDS.has(l.id)) continue;
    const [cx, cy] = fitted.project(l.position);
    out.push({
      t: 'circle',
      cx,
      cy,
      r: 2.5 * k,
      fill: paint(THEME.islandFill),
      stroke: paint(THEME.islandLine),
      sw: k,
    });
  }
  return out;
}

function regionNamePrims(
  basemap: MapBasemap,
  st: ExportState,
  fitted: MapProjection,
  box: Box,
  placement: Placement,
): Prim[] {
  const { k } = fitted;
  const out: Prim[] = [];
  for (const l of basemap.regionLabels) {
    // Region names give way to places, their labels and leader lines (as on the map).
    if (!placement.regions.has(l.id)) continue;
    const at = fitted.project(l.position);
    if (!inside(at, box)) continue;
    const island = ISLAND_IDS.has(l.id);
    out.push({
      t: 'text',
      x: at[0],
      y: at[1] + (island ? 5 * k + 10.5 * k * 0.5 : 0),
      text: REGION_NAMES[l.id]?.[st.lang] ?? l.id,
      size: (island ? 10.5 : 12) * k,
      weight: 600,
      fill: paint(basemap.theme.label),
      anchor: 'middle',
      middle: true,
      halo: paint([251, 250, 247, 220]),
      haloWidth: 3 * k,
      family: LABEL_FONT,
    });
  }
  return out;
}

interface PlacedScene {
  layerState: PlaceLayerState;
  drawn: readonly PlaceSymbol[];
  placement: Placement;
}

/** The places drawn and their label placement, in the map's pixels at its settled zoom. */
function placedScene(
  atlas: Atlas,
  basemap: MapBasemap,
  st: ExportState,
  zoom: number,
  placer: LabelPlacer,
): PlacedScene {
  const layerState: PlaceLayerState = {
    filter: { scenarios: st.scenarios, match: st.match },
    showNoScenarioData: st.showNoScenarioData,
    selectedPlaceId: st.selectedPlaceId,
    hoveredPlaceId: null,
    lang: st.lang,
    zoom,
  };
  const symbols = placeSymbols(
    visiblePlaces(atlas, st.visibleLayers, st.year),
    st.metric,
    st.visibleLayers,
    symbolScaleForZoom(zoom),
    st.year,
  );
  const drawn = drawnSymbols(symbols, layerState);
  const px: Project = (ll) => {
    const [x, y] = mercatorPixel(ll, zoom);
    return { x, y };
  };
  return { layerState, drawn, placement: placer(drawn, layerState, px, basemap.regionLabels) };
}

function placePrims(
  { layerState, drawn, placement }: PlacedScene,
  st: ExportState,
  zoom: number,
  fitted: MapProjection,
  box: Box,
): Prim[] {
  const { k } = fitted;
  const out: Prim[] = [];
  const places: Prim[] = [];
  const labels: Prim[] = [];
  for (const s of drawn) {
    const [cx, cy] = fitted.project(s.place.anchor);
    if (cx + s.outer * k < box.x || cx - s.outer * k > box.x + box.w) continue;
    if (cy + s.outer * k < box.y || cy - s.outer * k > box.y + box.h) continue;
    const alpha = FILTER_ALPHA[filterState(s.place, layerState.filter)];
    const parts: Prim[] = [];
    for (const layer of [...LAYER_IDS].reverse()) {
      const r = s.rings[layer];
      if (r === undefined) continue;
      parts.push({
        t: 'circle',
        cx,
        cy,
        r: r * k,
        stroke: paint(withAlpha(LAYER_COLORS[layer], alpha)),
        sw: RING_WIDTH[layer] * s.scale * k,
      });
    }
    parts.push({
      t: 'circle',
      cx,
      cy,
      r: s.core * k,
      fill: paint(withAlpha(s.reported ? CORE_COLOR : NOT_REPORTED_FILL, alpha)),
      ...(s.reported ? {} : { stroke: paint(withAlpha(NOT_REPORTED_LINE, alpha)), sw: 1.5 * k }),
    });
    if (s.place.id === st.selectedPlaceId)
      parts.push({ t: 'circle', cx, cy, r: (s.outer + 4) * k, stroke: paint(SELECTION_COLOR), sw: 3 * k });
    places.push({ t: 'group', children: parts, attrs: { 'data-place-id': s.place.id } });
  }
  // Labels keep their pixel offsets from their anchor place, scaled to the drawing.
  const bySymbol = new Map(drawn.map((s) => [s.place.id, s]));
  const drawnLabels = [
    ...placement.labels.values(),
    ...placement.clusters.flatMap((c) => (c.label ? [c.label] : [])),
  ];
  for (const l of drawnLabels) {
    const s = bySymbol.get(l.anchor);
    if (!s) continue;
    const [cx, cy] = fitted.project(s.place.anchor);
    if (!inside([cx + l.dx * k, cy + l.dy * k], box)) continue;
    const alpha = placement.labels.has(l.anchor) ? FILTER_ALPHA[filterState(s.place, layerState.filter)] : 1;
    if (l.leader) {
      const [ax, ay] = mercatorPixel(s.place.anchor, zoom);
      const [x1, y1, x2, y2] = l.leader;
      const at = (x: number, y: number) =>
        `${(cx + (x - ax) * k).toFixed(1)},${(cy + (y - ay) * k).toFixed(1)}`;
      labels.push({
        t: 'path',
        d: `M${at(x1, y1)}L${at(x2, y2)}`,
        stroke: paint(hexToRgba(SYMBOL_HEX.leader)),
        sw: 1.5 * k,
      });
    }
    labels.push({
      t: 'text',
      x: cx + l.dx * k,
      y: cy + l.dy * k,
      text: l.text,
      size: LABEL_SIZE * k,
      weight: 600,
      fill: paint(withAlpha([28, 33, 43, 255], Math.max(alpha, 0.35))),
      anchor: 'middle',
      middle: true,
      halo: paint([255, 255, 255, 235]),
      haloWidth: 4 * k,
      family: LABEL_FONT,
    });
  }
  out.push({ t: 'group', children: places, attrs: { class: 'places' } });
  out.push({ t: 'group', children: labels, attrs: { class: 'place-labels' } });
  return out;
}
