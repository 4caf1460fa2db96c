// The deck.gl colours of the place symbols for a theme, from design/encoding.ts. The layer factories
// read them from their state, so a theme change rebuilds the layers with new colours.
import { LAYER_IDS, type LayerId } from '../../data/constants';
import { hexToRgba, THEME_TOKENS, type RGBA, type ThemeTokens } from '../../design/encoding';

export interface SymbolPalette {
  layers: Record<LayerId, RGBA>;
  core: RGBA;
  notReportedFill: RGBA;
  notReportedLine: RGBA;
  selection: RGBA;
  hover: RGBA;
  label: RGBA;
  labelHalo: RGBA;
  /** Leader lines from a symbol to a label standing off it. */
  leader: RGBA;
  /** Region (province) names and their halo. */
  regionLabel: RGBA;
  regionLabelHalo: RGBA;
  islandFill: RGBA;
  islandLine: RGBA;
}

export function symbolPalette(t: ThemeTokens): SymbolPalette {
  const s = t.symbolHex;
  const b = t.basemapHex;
  return {
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, hexToRgba(t.layerHex[l])])) as Record<LayerId, RGBA>,
    core: hexToRgba(s.core, 235),
    notReportedFill: hexToRgba(s.notReportedFill),
    notReportedLine: hexToRgba(s.notReportedLine),
    selection: hexToRgba(s.selection),
    hover: hexToRgba(s.selection, 140),
    label: hexToRgba(s.label),
    labelHalo: hexToRgba(s.labelHalo, 235),
    leader: hexToRgba(s.leader),
    regionLabel: hexToRgba(b.regionLabel),
    regionLabelHalo: hexToRgba(b.region, 220),
    islandFill: hexToRgba(b.islandFill),
    islandLine: hexToRgba(b.islandLine),
  };
}

export const LIGHT_PALETTE = symbolPalette(THEME_TOKENS.light);
