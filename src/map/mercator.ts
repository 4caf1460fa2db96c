// Web Mercator as MapLibre draws it (512 px tiles), for the code that places things without a map:
// label placement, the inset, the camera's framing.
export const TILE = 512;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Web Mercator pixel position at a zoom. */
export function mercatorPixel([lon, lat]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** The inverse of mercatorPixel. */
export function mercatorLngLat([x, y]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [(x / scale) * 360 - 180, lat];
}
