// Province (and SAR / island) names drawn with deck.gl's TextLayer: local fonts, no glyph server.
import { TextLayer } from '@deck.gl/layers';
import type { Lang } from '../../i18n';
import { ISLAND_IDS, REGION_NAMES } from '../basemap/province-names';
import { SDF_TEXT } from './place-layers';

export interface RegionLabel {
  id: string;
  position: [number, number];
}

export const REGION_LABEL_CHARS = Object.values(REGION_NAMES).flatMap((n) => [...n.en, ...n.zh]);

export function buildRegionLabelLayer(
  labels: RegionLabel[],
  lang: Lang,
  color: [number, number, number, number],
  characterSet: string[],
  textScale = 1,
) {
  return new TextLayer<RegionLabel>({
    id: 'region-labels',
    data: labels,
    pickable: false,
    getPosition: (d) => d.position,
    getText: (d) => REGION_NAMES[d.id]?.[lang] ?? d.id,
    getSize: (d) => (ISLAND_IDS.has(d.id) ? 10 : 11.5) * textScale,
    ...SDF_TEXT,
    fontWeight: 400,
    characterSet,
    outlineWidth: 3,
    outlineColor: [251, 250, 247, 220],
    getColor: color,
    updateTriggers: { getText: lang },
  });
}
