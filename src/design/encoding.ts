// Every design fact the map and the page share, defined once: programme colours, map colours, panel
// sizes and layout breakpoints. TypeScript reads them directly; CSS reads them as custom properties
// written by applyDesignTokens, so a theme (the projector theme is next) changes one place.
import { LAYER_IDS, type LayerId } from '../data/constants';

/** Programme colours: Okabe-Ito, distinguishable with the common colour-vision deficiencies. */
export const LAYER_HEX: Record<LayerId, string> = {
  'national-test-zone': '#d55e00', // vermillion
  'iov-pilot-zone': '#0072b2', // blue
  'double-smart-city': '#009e73', // bluish green
  'vrc-pilot-city': '#cc79a7', // reddish purple
};

/** Place-symbol colours (deck.gl layers, the legend, the tooltip). */
export const SYMBOL_HEX = {
  core: '#2d3748',
  notReportedFill: '#ffffff',
  notReportedLine: '#6e7887',
  selection: '#111827',
  label: '#1c212b',
  labelHalo: '#ffffff',
} as const;

/** The schematic basemap's colours (MapLibre style, deck.gl region labels, the SVG inset). */
export const BASEMAP_HEX = {
  sea: '#dde6ee',
  otherLand: '#ecebe7',
  otherLandLine: '#cfcbc3',
  region: '#fbfaf7',
  regionLine: '#b3ada2',
  regionLabel: '#68635a',
  islandFill: '#fbfaf7',
  islandLine: '#8d877c',
  insetFrame: '#9c968b',
} as const;

/** Sizes (CSS px) of the page's frame. */
export const FRAME = {
  topbar: 64,
  topbarPhone: 56,
  railWidth: 320,
  panelWidth: 400,
  /** Gap between the map's edge and the floating cards. */
  gap: 12,
  /** The South China Sea inset: width by layout, and its distance from the map's bottom edge (the
   * schematic-map footnote sits under it). */
  insetWidth: { phone: 84, compact: 112, laptop: 112, wide: 150 },
  insetBottom: 44,
} as const;

/**
 * Layouts by window width (px, lower bound inclusive). Phone: map full width, rail and panel are
 * sheets. Compact (tablets, small laptops up to 1366 px): rail and panel never both cover the map. Laptop: both may
 * show; smaller inset. Wide: everything at full size.
 */
export const BREAKPOINTS = { compact: 760, laptop: 1440, wide: 1600 } as const;
export type Layout = 'phone' | 'compact' | 'laptop' | 'wide';

export function layoutFor(width: number): Layout {
  if (width < BREAKPOINTS.compact) return 'phone';
  if (width < BREAKPOINTS.laptop) return 'compact';
  if (width < BREAKPOINTS.wide) return 'laptop';
  return 'wide';
}

/** The custom properties CSS reads for a layout. */
export function designTokens(layout: Layout): Record<string, string> {
  const px = (n: number) => `${n}px`;
  return {
    ...Object.fromEntries(LAYER_IDS.map((l) => [`--c-${l}`, LAYER_HEX[l]])),
    '--core': SYMBOL_HEX.core,
    '--not-reported-line': SYMBOL_HEX.notReportedLine,
    '--map-sea': BASEMAP_HEX.sea,
    '--map-other-land': BASEMAP_HEX.otherLand,
    '--map-other-land-line': BASEMAP_HEX.otherLandLine,
    '--map-region': BASEMAP_HEX.region,
    '--map-region-line': BASEMAP_HEX.regionLine,
    '--map-island-line': BASEMAP_HEX.islandLine,
    '--map-inset-frame': BASEMAP_HEX.insetFrame,
    '--topbar-h': px(layout === 'phone' ? FRAME.topbarPhone : FRAME.topbar),
    '--rail-w': px(FRAME.railWidth),
    '--panel-w': px(FRAME.panelWidth),
    '--gap': px(FRAME.gap),
    '--inset-w': px(FRAME.insetWidth[layout]),
    '--inset-bottom': px(FRAME.insetBottom),
  };
}

/** Writes the tokens and the layout name (CSS selects on [data-layout]) onto the root element. */
export function applyDesignTokens(root: HTMLElement, layout: Layout) {
  root.dataset.layout = layout;
  for (const [k, v] of Object.entries(designTokens(layout))) root.style.setProperty(k, v);
}

export type RGBA = [number, number, number, number];

/** '#rrggbb' → deck.gl's [r, g, b, a]. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
