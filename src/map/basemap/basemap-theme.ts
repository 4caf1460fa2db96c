// A theme's basemap colours and line weights, from its design tokens. Free of the basemap geometry (a
// virtual module), so the build-time first paint (scripts/first-paint-plugin.ts) can use it too.
import { hexToRgba, type RGBA, type ThemeTokens } from '../../design/encoding';

export interface BasemapTheme {
  sea: string;
  otherLand: string;
  otherLandLine: string;
  region: string;
  regionLine: string;
  label: RGBA;
  /** Island dots (deck.gl colours). */
  islandFill: RGBA;
  islandLine: RGBA;
  /** Boundary line widths relative to the light theme's (heavier on a projector). */
  lineScale?: number;
}

/** A theme's basemap, from its tokens in design/encoding.ts. */
export function basemapThemeOf(t: ThemeTokens): BasemapTheme {
  const b = t.basemapHex;
  return {
    sea: b.sea,
    otherLand: b.otherLand,
    otherLandLine: b.otherLandLine,
    region: b.region,
    regionLine: b.regionLine,
    label: hexToRgba(b.regionLabel),
    islandFill: hexToRgba(b.islandFill),
    islandLine: hexToRgba(b.islandLine),
    lineScale: t.basemapLineScale,
  };
}
