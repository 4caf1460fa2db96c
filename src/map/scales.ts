// The map's visual encoding: colours (from design/encoding.ts), ring geometry and the size scale.
// Colour is never the only cue: each programme also has a fixed ring position and width.
import { scaleSqrt } from 'd3-scale';
import { LAYER_IDS, type LayerId } from '../data/constants';
import { hexToRgba, LAYER_HEX, SYMBOL_HEX, type RGBA } from '../design/encoding';

export type { RGBA };

/** deck.gl colours, derived from the one definition in design/encoding.ts. */
export const LAYER_COLORS = Object.fromEntries(LAYER_IDS.map((l) => [l, hexToRgba(LAYER_HEX[l])])) as Record<
  LayerId,
  RGBA
>;
export { LAYER_HEX };

/** Ring stroke widths (px): the 2024 context layer is drawn thinner. */
export const RING_WIDTH: Record<LayerId, number> = {
  'national-test-zone': 3.5,
  'iov-pilot-zone': 3.5,
  'double-smart-city': 3.5,
  'vrc-pilot-city': 2,
};
export const RING_GAP = 1.5;

export const CORE_COLOR = hexToRgba(SYMBOL_HEX.core, 235);
export const NOT_REPORTED_FILL = hexToRgba(SYMBOL_HEX.notReportedFill);
export const NOT_REPORTED_LINE = hexToRgba(SYMBOL_HEX.notReportedLine);
export const SELECTION_COLOR = hexToRgba(SYMBOL_HEX.selection);
export const HOVER_COLOR = hexToRgba(SYMBOL_HEX.selection, 140);
export const LABEL_COLOR = hexToRgba(SYMBOL_HEX.label);
export const LABEL_HALO = hexToRgba(SYMBOL_HEX.labelHalo, 235);

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

/** Symbol scale by zoom: symbols shrink at small zooms (phones, zoomed-out views) so neighbours stay apart. */
export const symbolScaleForZoom = (zoom: number) => Math.min(1, Math.max(0.6, 0.33 + zoom * 0.19));
