// The map drawn from the data, for the SVG: the basemap regions, the island dots, region names, and
// the place symbols and labels exactly as the map layers build them (same geometry, colours, label
// placement), projected with the map's Web Mercator frame. Pure.
import type { Geometry, Position } from 'geojson';
import { hexToRgba, SYMBOL_HEX } from '../design/encoding';
import { LAYER_IDS } from '../data/constants';
import type { Atlas } from '../data/load-data';
import { BASEMAP_THEME, chinaRegions, ISLAND_POINTS, REGION_LABELS, WORLD } from '../map/basemap/basemap';
import { ISLAND_IDS, REGION_NAMES } from '../map/basemap/province-names';
import { symbolScaleForZoom } from '../map/scales';
import { clusterText, regionItems } from '../map/labels/label-input';
import { mercatorPixel } from '../map/mercator';
import { placeSymbols } from '../map/layers/place-geometry';
import {
  drawnSymbols,
  LABEL_FONT,
  LABEL_SIZE,
  mapLabels,
  type PlaceLayerState,
} from '../map/layers/place-layers';
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
import type { FittedMap, MapFrame } from './map-frame';
import { paint, solid, type Box, type Prim } from './scene';
import type { ExportState } from './view-model';

const THEME = BASEMAP_THEME;

/** The map's settled zoom as the map view quantises it for symbol size and label placement. */
export const settledZoom = (zoom: number) => Math.round(zoom * 20) / 20;

function pathOf(geoms: Geometry[], fitted: FittedMap, box: Box): string {
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
      if (!last || Math.abs(p[0] - last[0]) >= 0.5 || Math.abs(p[1] - last[1]) >= 0.5) kept.push(p);
    }
    if (kept.length < 3) return '';
    return `M${kept.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
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
  st: ExportState,
  frame: MapFrame,
  fitted: FittedMap,
  box: Box,
): Prim[] {
  const { k } = fitted;
  const zoom = settledZoom(frame.zoom);
  const out: Prim[] = [{ t: 'rect', ...box, fill: solid(THEME.sea) }];
  const world = pathOf(
    WORLD.features.map((f) => f.geometry),
    fitted,
    box,
  );
  out.push({
    t: 'path',
    d: world,
    fill: solid(THEME.otherLand),
    stroke: solid(THEME.otherLandLine),
    sw: 0.6 * k,
  });
  const china = pathOf(
    chinaRegions().features.map((f) => f.geometry),
    fitted,
    box,
  );
  out.push({ t: 'path', d: china, fill: solid(THEME.region), stroke: solid(THEME.regionLine), sw: 0.8 * k });
  for (const f of ISLAND_POINTS.features) {
    if (f.geometry.type !== 'Point') continue;
    const [cx, cy] = fitted.project(f.geometry.coordinates);
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
  // The map's label placement (Web Mercator px at the map's zoom): labels, clusters, leader lines,
  // and the province names that touch no place.
  const px = (ll: [number, number]) => {
    const [x, y] = mercatorPixel(ll, zoom);
    return { x, y };
  };
  const { placement } = mapLabels(drawn, layerState, px, undefined, {
    regions: regionItems(px, st.lang, 12),
    clusterText: clusterText(st.lang),
  });
  for (const l of REGION_LABELS) {
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
      fill: paint(THEME.label),
      anchor: 'middle',
      middle: true,
      halo: paint([251, 250, 247, 220]),
      haloWidth: 3 * k,
      family: LABEL_FONT,
    });
  }

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
  // Labels keep their pixel offsets from their anchor place, scaled to the slide.
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
