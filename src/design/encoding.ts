// Every design fact the map and the page share, defined once: programme colours, map colours, panel
// sizes and layout breakpoints, for each theme. TypeScript reads them directly; CSS reads them as custom
// properties written by applyDesignTokens, so a theme changes one place.
import { LAYER_IDS, type LayerId } from '../data/constants';

/** Programme colours: Okabe-Ito, distinguishable with the common colour-vision deficiencies. */
export const LAYER_HEX: Record<LayerId, string> = {
  'national-test-zone': '#d55e00', // vermillion
  'iov-pilot-zone': '#0072b2', // blue
  'double-smart-city': '#009e73', // bluish green
  // Okabe-Ito's #cc79a7 darkened a little: 2.9:1 against the land was under WCAG's 3:1 for graphics.
  'vrc-pilot-city': '#c2739f', // reddish purple
};

/** Place-symbol colours (deck.gl layers, the legend, the tooltip). */
export const SYMBOL_HEX = {
  core: '#2d3748',
  notReportedFill: '#ffffff',
  notReportedLine: '#6e7887',
  selection: '#111827',
  label: '#1c212b',
  labelHalo: '#ffffff',
  /** Leader lines from a symbol to its label (neutral, like the not-reported outline). */
  leader: '#6e7887',
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
  /** The tour caption's widest (it takes 30-34 % of the window up to this). */
  captionWidth: 540,
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

/** Themes: `light` (the default, for screens) and `projector` (a hall: large type, strong contrast). */
export const THEMES = ['light', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** The page's colours (CSS custom properties of the same names, without `--`). */
export interface UiPalette {
  bg: string;
  surface: string;
  'surface-2': string;
  ink: string;
  'ink-2': string;
  muted: string;
  line: string;
  accent: string;
  warn: string;
  'warn-bg': string;
  focus: string;
}

/** Font sizes (px) at the theme's full size; the projector theme scales them down on smaller windows. */
export interface FontSizes {
  body: number;
  small: number;
  /** Captions, source markers, as-of dates. */
  tiny: number;
  /** Upper-case section labels in the place panel. */
  caps: number;
  h2: number;
  /** The place panel's title. */
  panel: number;
  /** A figure's value in the place panel. */
  figure: number;
  /** The top bar's title. */
  title: number;
  /** A tour slide's title and facts in the caption over the map. */
  slideTitle: number;
  slideBody: number;
}

export interface ThemeTokens {
  ui: UiPalette;
  font: FontSizes;
  layerHex: Record<LayerId, string>;
  symbolHex: { [K in keyof typeof SYMBOL_HEX]: string };
  basemapHex: { [K in keyof typeof BASEMAP_HEX]: string };
  /** Boundary line widths, relative to the light theme's. */
  basemapLineScale: number;
  /** Place labels and region labels on the map (deck.gl TextLayer sizes, px). */
  mapLabel: number;
  regionLabel: number;
  /** Place symbols (rings and centres), relative to the light theme's. */
  symbolScale: number;
  /** The keyboard focus ring's width (px; colour: ui.focus), on controls and on the map's focused place. */
  focusRing: number;
  frame: { topbar: number; railWidth: number; panelWidth: number; captionWidth: number };
}

export const THEME_TOKENS: Record<Theme, ThemeTokens> = {
  light: {
    ui: {
      bg: '#f6f5f2',
      surface: '#ffffff',
      'surface-2': '#f3f2ee',
      ink: '#1c212b',
      'ink-2': '#4b5363',
      // #6b7280 was 4.3:1 on surface-2 (the figure cards' as-of dates): under WCAG's 4.5:1 for small text.
      muted: '#646b78',
      line: '#e2dfd8',
      accent: '#1f5f99',
      warn: '#a85d00',
      'warn-bg': '#fff4e0',
      focus: '#1f5f99',
    },
    font: {
      body: 14,
      small: 12.5,
      tiny: 11.5,
      caps: 12,
      h2: 15,
      panel: 22,
      figure: 18,
      title: 20,
      slideTitle: 26,
      slideBody: 17,
    },
    layerHex: LAYER_HEX,
    symbolHex: SYMBOL_HEX,
    basemapHex: BASEMAP_HEX,
    basemapLineScale: 1,
    mapLabel: 13,
    regionLabel: 12,
    symbolScale: 1,
    focusRing: 2,
    frame: {
      topbar: FRAME.topbar,
      railWidth: FRAME.railWidth,
      panelWidth: FRAME.panelWidth,
      captionWidth: FRAME.captionWidth,
    },
  },
  // Projected in a hall: read from 15 m on a washed-out beam. Type sized for 1920x1080 (body 24 px,
  // titles 40 px, place labels 22 px); near-black ink on white; no light tints that wash out (the
  // sea and the boundaries are darker); Okabe-Ito colours darkened to ≥ 4.5:1 against the land
  // (src/design/__tests__/palette.test.ts checks contrast and colour-vision-deficiency separation).
  projector: {
    ui: {
      bg: '#ffffff',
      surface: '#ffffff',
      'surface-2': '#e9e7e1',
      ink: '#05070a',
      'ink-2': '#1f2430',
      muted: '#3a404c',
      line: '#8a857a',
      accent: '#0b4a85',
      warn: '#7a3a00',
      'warn-bg': '#ffe7bd',
      focus: '#0b4a85',
    },
    font: {
      body: 24,
      small: 22,
      tiny: 19,
      caps: 20,
      h2: 28,
      panel: 40,
      figure: 32,
      title: 40,
      // The tour caption is what the hall reads: the theme's title and body sizes.
      slideTitle: 40,
      slideBody: 24,
    },
    layerHex: {
      // Okabe-Ito darkened to ≥ 4.5:1 on white; darkening all four alike made blue and reddish purple
      // merge for protanopes, so blue is darker still (the least change keeping ΔE00 ≥ 12 everywhere).
      'national-test-zone': '#c05500', // vermillion
      'iov-pilot-zone': '#005381', // blue
      'double-smart-city': '#008662', // bluish green
      'vrc-pilot-city': '#a36186', // reddish purple
    },
    symbolHex: {
      core: '#111318',
      notReportedFill: '#ffffff',
      notReportedLine: '#2f3540',
      selection: '#000000',
      label: '#000000',
      labelHalo: '#ffffff',
      leader: '#2f3540',
    },
    basemapHex: {
      sea: '#a9c0d6',
      otherLand: '#d8d5cd',
      otherLandLine: '#8a8478',
      region: '#ffffff',
      regionLine: '#4f4a41',
      regionLabel: '#2e2b26',
      islandFill: '#ffffff',
      islandLine: '#2e2b26',
      insetFrame: '#2e2b26',
    },
    basemapLineScale: 1.8,
    mapLabel: 22,
    regionLabel: 20,
    symbolScale: 1.3,
    // Seen from the back of a hall.
    focusRing: 4,
    frame: { topbar: 96, railWidth: 480, panelWidth: 600, captionWidth: 720 },
  },
};

/** The projector theme's sizes shrink on smaller windows (a 1280x720 beamer, a phone preview); the
 * light theme is the same at every layout. */
const PROJECTOR_SCALE: Record<Layout, number> = { wide: 1, laptop: 0.9, compact: 0.75, phone: 0.65 };
const halfPx = (n: number) => Math.round(n * 2) / 2;

/** A theme's tokens at a layout: sizes scaled for the window, colours as defined. */
export function themeTokens(theme: Theme, layout: Layout): ThemeTokens {
  const t = THEME_TOKENS[theme];
  const k = theme === 'light' ? 1 : PROJECTOR_SCALE[layout];
  if (k === 1) return t;
  const light = THEME_TOKENS.light;
  const size = (n: number, min: number) => Math.max(min, halfPx(n * k));
  return {
    ...t,
    font: Object.fromEntries(
      Object.entries(t.font).map(([key, v]) => [key, size(v, light.font[key as keyof FontSizes])]),
    ) as unknown as FontSizes,
    mapLabel: size(t.mapLabel, light.mapLabel),
    regionLabel: size(t.regionLabel, light.regionLabel),
    symbolScale: Math.max(1, halfPx(t.symbolScale * k * 10) / 10),
    frame: {
      topbar: Math.round(size(t.frame.topbar, light.frame.topbar)),
      railWidth: Math.round(size(t.frame.railWidth, light.frame.railWidth)),
      panelWidth: Math.round(size(t.frame.panelWidth, light.frame.panelWidth)),
      captionWidth: Math.round(size(t.frame.captionWidth, light.frame.captionWidth)),
    },
  };
}

/** The custom properties CSS reads for a layout and theme. */
export function designTokens(layout: Layout, theme: Theme = 'light'): Record<string, string> {
  const px = (n: number) => `${n}px`;
  const t = themeTokens(theme, layout);
  const b = t.basemapHex;
  return {
    ...Object.fromEntries(Object.entries(t.ui).map(([k, v]) => [`--${k}`, v])),
    '--fs-body': px(t.font.body),
    '--fs-small': px(t.font.small),
    '--fs-tiny': px(t.font.tiny),
    '--fs-caps': px(t.font.caps),
    '--fs-h2': px(t.font.h2),
    '--fs-panel-title': px(t.font.panel),
    '--fs-figure': px(t.font.figure),
    '--fs-title': px(t.font.title),
    '--fs-slide-title': px(t.font.slideTitle),
    '--fs-slide-body': px(t.font.slideBody),
    '--map-label-size': px(t.mapLabel),
    '--region-label-size': px(t.regionLabel),
    '--symbol-scale': String(t.symbolScale),
    '--focus-ring': px(t.focusRing),
    ...Object.fromEntries(LAYER_IDS.map((l) => [`--c-${l}`, t.layerHex[l]])),
    '--core': t.symbolHex.core,
    '--not-reported-line': t.symbolHex.notReportedLine,
    '--map-sea': b.sea,
    '--map-other-land': b.otherLand,
    '--map-other-land-line': b.otherLandLine,
    '--map-region': b.region,
    '--map-region-line': b.regionLine,
    '--map-island-line': b.islandLine,
    '--map-inset-frame': b.insetFrame,
    '--topbar-h': px(layout === 'phone' ? Math.max(FRAME.topbarPhone, t.frame.topbar - 32) : t.frame.topbar),
    '--rail-w': px(t.frame.railWidth),
    '--panel-w': px(t.frame.panelWidth),
    '--caption-w': px(t.frame.captionWidth),
    '--gap': px(FRAME.gap),
    '--inset-w': px(FRAME.insetWidth[layout]),
    '--inset-bottom': px(FRAME.insetBottom),
  };
}

/** Writes the tokens, the layout name and the theme name (CSS selects on [data-layout] and
 * [data-theme]) onto the root element. */
export function applyDesignTokens(root: HTMLElement, layout: Layout, theme: Theme = 'light') {
  root.dataset.layout = layout;
  root.dataset.theme = theme;
  for (const [k, v] of Object.entries(designTokens(layout, theme))) root.style.setProperty(k, v);
}

export type RGBA = [number, number, number, number];

/** '#rrggbb' → deck.gl's [r, g, b, a]. */
export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
