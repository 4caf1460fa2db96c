// Province (and SAR / island) names drawn with deck.gl's TextLayer: local fonts, no glyph server.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { FeatureCollection, Point } from 'geojson';
import type { Lang } from '../../i18n';
import { ISLAND_IDS, REGION_NAMES } from '../basemap/province-names';
import { SDF_TEXT } from './place-layers';
import type { RGBA } from '../scales';

export interface RegionLabel {
  id: string;
  position: [number, number];
}

/** Region label size (px) at textScale 1; island names a little smaller. */
export const REGION_LABEL_SIZE = 12;
const ISLAND_LABEL_SIZE = 10.5;

export const REGION_LABEL_CHARS = Object.values(REGION_NAMES).flatMap((n) => [...n.en, ...n.zh]);

export function buildRegionLabelLayer(
  labels: RegionLabel[],
  lang: Lang,
  color: [number, number, number, number],
  characterSet: string[],
  textScale = 1,
  halo: RGBA = [251, 250, 247, 220],
) {
  return new TextLayer<RegionLabel>({
    id: 'region-labels',
    data: labels,
    pickable: false,
    getPosition: (d) => d.position,
    getText: (d) => REGION_NAMES[d.id]?.[lang] ?? d.id,
    getSize: (d) => (ISLAND_IDS.has(d.id) ? ISLAND_LABEL_SIZE : REGION_LABEL_SIZE) * textScale,
    // Island names sit under their dot (island-dots), not on it.
    getAlignmentBaseline: (d) => (ISLAND_IDS.has(d.id) ? 'top' : 'center'),
    getPixelOffset: (d) => (ISLAND_IDS.has(d.id) ? [0, 5] : [0, 0]),
    ...SDF_TEXT,
    fontWeight: 600,
    characterSet,
    outlineWidth: 3,
    outlineColor: halo,
    getColor: color,
    updateTriggers: { getText: lang, getSize: textScale },
  });
}

/** Dots for the island groups (see ISLAND_POINTS). */
export function buildIslandLayer(points: FeatureCollection, fill: RGBA, line: RGBA) {
  return new ScatterplotLayer<FeatureCollection['features'][number]>({
    id: 'island-dots',
    data: points.features,
    pickable: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: (f) => (f.geometry as Point).coordinates as [number, number],
    getRadius: 2.5,
    getFillColor: fill,
    getLineColor: line,
    getLineWidth: 1,
  });
}
