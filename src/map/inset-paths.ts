// SVG paths for a small static Web Mercator map of a lon/lat box. Pure.
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { mercatorPixel } from './mercator';

export interface InsetPaths {
  width: number;
  height: number;
  china: string;
  world: string;
  islands: [number, number][];
}

type Box = [[number, number], [number, number]];

/** The South China Sea inset's lon/lat box and drawn width (the map's inset, the first paint's). */
export const INSET_BOUNDS: Box = [
  [108, 3.5],
  [122, 22.5],
];
export const INSET_WIDTH = 150;

export function insetPaths(
  bounds: Box,
  width: number,
  china: FeatureCollection<Geometry>,
  world: FeatureCollection<Geometry>,
  islands: FeatureCollection<Geometry>,
): InsetPaths {
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = mercatorPixel([w, n], 0);
  const [x1, y1] = mercatorPixel([e, s], 0);
  const k = width / (x1 - x0);
  const height = Math.round((y1 - y0) * k);
  const project = (p: Position) => {
    const [x, y] = mercatorPixel([p[0]!, p[1]!], 0);
    return [(x - x0) * k, (y - y0) * k] as [number, number];
  };
  const near = (p: Position) => p[0]! > w - 8 && p[0]! < e + 8 && p[1]! > s - 8 && p[1]! < n + 8;
  const ring = (r: Position[]) =>
    r.some(near)
      ? 'M' +
        r
          .map(project)
          .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
          .join('L') +
        'Z'
      : '';
  const pathOf = (fc: FeatureCollection<Geometry>) =>
    fc.features
      .flatMap((f) => {
        const g = f.geometry;
        if (g.type === 'Polygon') return g.coordinates.map(ring);
        if (g.type === 'MultiPolygon') return g.coordinates.flatMap((poly) => poly.map(ring));
        return [];
      })
      .join('');
  return {
    width,
    height,
    china: pathOf(china),
    world: pathOf(world),
    islands: islands.features.flatMap((f) =>
      f.geometry.type === 'Point' ? [project(f.geometry.coordinates)] : [],
    ),
  };
}
