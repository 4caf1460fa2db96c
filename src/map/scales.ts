// Visual encoding in one place: layer colours (Okabe-Ito, colour-blind safe), ring geometry and the
// size scale. Colour is never the only cue: each programme also has a fixed ring position and width.
import { scaleSqrt } from 'd3-scale';
import type { LayerId } from '../data/schema';

export type RGBA = [number, number, number, number];

export const LAYER_COLORS: Record<LayerId, RGBA> = {
  'national-test-zone': [213, 94, 0, 255], // vermillion #D55E00
  'iov-pilot-zone': [0, 114, 178, 255], // blue #0072B2
  'double-smart-city': [0, 158, 115, 255], // bluish green #009E73
  'vrc-pilot-city': [204, 121, 167, 255], // reddish purple #CC79A7
};
export const LAYER_HEX: Record<LayerId, string> = {
  'national-test-zone': '#D55E00',
  'iov-pilot-zone': '#0072B2',
  'double-smart-city': '#009E73',
  'vrc-pilot-city': '#CC79A7',
};

/** Ring stroke widths (px): the 2024 context layer is drawn thinner. */
export const RING_WIDTH: Record<LayerId, number> = {
  'national-test-zone': 3.5,
  'iov-pilot-zone': 3.5,
  'double-smart-city': 3.5,
  'vrc-pilot-city': 2,
};
export const RING_GAP = 1.5;

export const CORE_COLOR: RGBA = [45, 55, 72, 235];
export const NOT_REPORTED_FILL: RGBA = [255, 255, 255, 255];
export const NOT_REPORTED_LINE: RGBA = [110, 120, 135, 255];
export const SELECTION_COLOR: RGBA = [17, 24, 39, 255];
export const HOVER_COLOR: RGBA = [17, 24, 39, 140];

/** Core radius (px) when the metric is "none" or not reported for the place. */
export const CORE_RADIUS_UNIFORM = 6;
export const CORE_RADIUS_NOT_REPORTED = 5;
export const CORE_RADIUS_RANGE: [number, number] = [5, 17];

/** Alpha multipliers by scenario-filter state. */
export const FILTER_ALPHA = { unfiltered: 1, match: 1, 'no-match': 0.18, 'no-data': 0.45 } as const;

/** Area-true size scale: radius ∝ √value, from 0 to the largest reported value of the metric. */
export function makeSizeScale(max: number) {
  return scaleSqrt()
    .domain([0, Math.max(max, 1)])
    .range(CORE_RADIUS_RANGE)
    .clamp(true);
}

export const withAlpha = (c: RGBA, k: number): RGBA => [c[0], c[1], c[2], Math.round(c[3] * k)];
