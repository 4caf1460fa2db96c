// Camera constants and pure helpers. China is framed in the map area left free by the panels.
import type { PaddingOptions } from 'maplibre-gl';

export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [73.5, 17.5],
  [135, 53.6],
];
/** Panning limits: China and its neighbourhood, with room for the panels. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [40, -15],
  [170, 65],
];
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 9;
export const PLACE_ZOOM = 6;
export const FLIGHT_MS = 1100;

export interface Chrome {
  rail: number;
  panel: number;
  top: number;
  bottom: number;
}

/** Space the panels take, by viewport size: on phones the place panel is a sheet over the lower 55 %. */
export function chromeFor(width: number, height: number, railOpen: boolean, panelOpen: boolean): Chrome {
  if (width < 760) return { rail: 0, panel: 0, top: 12, bottom: panelOpen ? Math.round(height * 0.55) : 28 };
  return { rail: railOpen ? 340 : 0, panel: panelOpen ? 420 : 0, top: 64, bottom: 36 };
}

export const paddingFor = (c: Chrome, extra = 24): PaddingOptions => ({
  left: c.rail + extra,
  right: c.panel + extra,
  top: c.top + extra,
  bottom: c.bottom + extra,
});

/** Symbols shrink at small zooms (phones, zoomed-out views) so neighbours stay apart. */
export const symbolScaleForZoom = (zoom: number) => Math.min(1, Math.max(0.6, 0.33 + zoom * 0.19));

export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
