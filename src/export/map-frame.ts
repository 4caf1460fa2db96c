// Where the on-screen map goes on the slide: the lon/lat box the screen shows (without the panels)
// is fitted into the slide's map box at one scale, with Web Mercator, so the PNG (the map's pixels)
// and the SVG (drawn from the data) frame the view identically.
import { mercatorPixel } from '../map/mercator';
import type { Box } from './scene';

export interface MapFrame {
  /** [[west, south], [east, north]] of the map area the user sees. */
  bounds: [[number, number], [number, number]];
  /** The map's zoom (MapLibre, 512 px tiles). */
  zoom: number;
}

export interface FittedMap {
  /** Slide units per screen pixel. */
  k: number;
  /** The screen's map area on the slide (centred in the box). */
  fit: Box;
  project: (lngLat: readonly [number, number] | readonly number[]) => [number, number];
}

export function fitMap(frame: MapFrame, box: Box): FittedMap {
  const [[w, s], [e, n]] = frame.bounds;
  const [x0, y0] = mercatorPixel([w, n], frame.zoom);
  const [x1, y1] = mercatorPixel([e, s], frame.zoom);
  const sw = Math.max(1, x1 - x0);
  const sh = Math.max(1, y1 - y0);
  const k = Math.min(box.w / sw, box.h / sh);
  const fit = { x: box.x + (box.w - sw * k) / 2, y: box.y + (box.h - sh * k) / 2, w: sw * k, h: sh * k };
  return {
    k,
    fit,
    project: (ll) => {
      const [x, y] = mercatorPixel([ll[0]!, ll[1]!], frame.zoom);
      return [fit.x + (x - x0) * k, fit.y + (y - y0) * k];
    },
  };
}
