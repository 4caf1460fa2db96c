// Camera arithmetic, pure: Web Mercator (as MapLibre draws it, 512 px tiles) and where China fits in
// the part of the map no card covers. The camera controller turns these answers into camera moves;
// tests check them for every screen size without a map.
import type { Occluder } from '../store/slices';
import { mercatorLngLat, mercatorPixel, TILE, type Box } from './mercator';

export type { Box };

export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

export interface Camera {
  center: LngLat;
  zoom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** China with Hainan, Taiwan and the north-east; the South China Sea islands are in the inset. */
export const CHINA_BOUNDS: Bounds = [
  [73.5, 17.5],
  [135, 53.6],
];
/** A corner of CHINA_BOUNDS with no Chinese territory (India, Bangladesh, Myanmar): the inset may sit
 * over it. */
export const CLEAR_CORNER: Bounds = [
  [73.5, 17.5],
  [96, 26.5],
];
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;
export const PLACE_ZOOM = 6;
export const FLIGHT_MS = 1100;
/** Room kept between China and the map's free edges (px). */
export const FIT_MARGIN = 24;
/** A selected place nearer than this (px) to a covered edge is eased into view, label included. */
export const SAFE_MARGIN = 90;

// Positions as fractions of the world's width (zoom-free), from mercator.ts.
const mercX = (lon: number) => mercatorPixel([lon, 0], 0)[0] / TILE;
const mercY = (lat: number) => mercatorPixel([0, lat], 0)[1] / TILE;
const lonOf = (x: number) => mercatorLngLat([x * TILE, TILE / 2], 0)[0];
const latOf = (y: number) => mercatorLngLat([TILE / 2, y * TILE], 0)[1];
const worldSize = (zoom: number) => TILE * 2 ** zoom;

/** Where a point is drawn on a map of `size` showing `camera`, in px from its top-left. */
export function project([lon, lat]: LngLat, camera: Camera, size: Size): { x: number; y: number } {
  const ws = worldSize(camera.zoom);
  return {
    x: size.width / 2 + (mercX(lon) - mercX(camera.center[0])) * ws,
    y: size.height / 2 + (mercY(lat) - mercY(camera.center[1])) * ws,
  };
}

/** The inverse of project. */
export function unproject([x, y]: [number, number], camera: Camera, size: Size): LngLat {
  const ws = worldSize(camera.zoom);
  return [
    lonOf(mercX(camera.center[0]) + (x - size.width / 2) / ws),
    latOf(mercY(camera.center[1]) + (y - size.height / 2) / ws),
  ];
}

export const projectBounds = ([[w, s], [e, n]]: Bounds, camera: Camera, size: Size): Box => {
  const sw = project([w, s], camera, size);
  const ne = project([e, n], camera, size);
  return { x0: sw.x, y0: ne.y, x1: ne.x, y1: sw.y };
};

/** The camera that puts `point` at the centre of the padded box, at `zoom`. */
export function centreOn(point: LngLat, zoom: number, pad: Padding): Camera {
  const ws = worldSize(zoom);
  const dx = (pad.left - pad.right) / 2 / ws;
  const dy = (pad.top - pad.bottom) / 2 / ws;
  return { center: [lonOf(mercX(point[0]) - dx), latOf(mercY(point[1]) - dy)], zoom };
}

/** The camera showing `bounds` as large as fits inside the padded box, centred in it. */
export function fitBounds(bounds: Bounds, size: Size, pad: Padding): Camera | null {
  const [[w, s], [e, n]] = bounds;
  const width = size.width - pad.left - pad.right;
  const height = size.height - pad.top - pad.bottom;
  if (width <= 0 || height <= 0) return null;
  const scale = Math.min(width / (mercX(e) - mercX(w)), height / (mercY(s) - mercY(n)));
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.log2(scale / TILE)));
  const mid: LngLat = [lonOf((mercX(w) + mercX(e)) / 2), latOf((mercY(s) + mercY(n)) / 2)];
  return centreOn(mid, zoom, pad);
}

/** How far in from each edge the cards cover the map (the largest card per side). */
export function coveredEdges(occluders: Readonly<Record<string, Occluder>>): Padding {
  const edges: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of Object.values(occluders)) edges[o.side] = Math.max(edges[o.side], o.size);
  return edges;
}

export const addPadding = (a: Padding, b: Partial<Padding>): Padding => ({
  top: a.top + (b.top ?? 0),
  right: a.right + (b.right ?? 0),
  bottom: a.bottom + (b.bottom ?? 0),
  left: a.left + (b.left ?? 0),
});

export const intersects = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const contains = (outer: Box, inner: Box) =>
  inner.x0 >= outer.x0 && inner.x1 <= outer.x1 && inner.y0 >= outer.y0 && inner.y1 <= outer.y1;

/**
 * The camera framing all of China in the map's free area, with the South China Sea inset (a box in
 * map px, or null when not shown) clear of China: over the empty south-west corner if it fits there,
 * else beside or below China, whichever leaves China larger.
 */
export function fitChina(size: Size, covered: Padding, inset: Box | null): Camera | null {
  const pad = addPadding(covered, {
    top: FIT_MARGIN,
    right: FIT_MARGIN,
    bottom: FIT_MARGIN,
    left: FIT_MARGIN,
  });
  const plain = fitBounds(CHINA_BOUNDS, size, pad);
  if (!plain || !inset || insetClear(plain, size, inset)) return plain;
  const beside = fitBounds(
    CHINA_BOUNDS,
    size,
    addPadding(pad, { left: inset.x1 - pad.left + FIT_MARGIN / 2 }),
  );
  const below = fitBounds(
    CHINA_BOUNDS,
    size,
    addPadding(pad, { bottom: size.height - inset.y0 - pad.bottom + FIT_MARGIN / 2 }),
  );
  const best = [beside, below].filter((c): c is Camera => !!c).sort((a, b) => b.zoom - a.zoom)[0];
  return best ?? plain;
}

/** The inset hides no part of China: it lies outside China's bounds or inside their empty corner. */
export function insetClear(camera: Camera, size: Size, inset: Box): boolean {
  return (
    !intersects(inset, projectBounds(CHINA_BOUNDS, camera, size)) ||
    contains(projectBounds(CLEAR_CORNER, camera, size), inset)
  );
}

/** The free part of the map (px box) a selected place should stay inside. */
export function freeBox(size: Size, covered: Padding, margin: number): Box {
  return {
    x0: covered.left + margin,
    y0: covered.top + margin,
    x1: size.width - covered.right - margin,
    y1: size.height - covered.bottom - margin,
  };
}
