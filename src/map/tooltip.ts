// Hover tooltip content: a pure function from a place to what the tooltip says.
import type { LayerId } from '../data/constants';
import type { AtlasPlace } from '../data/load-data';
import type { ZoneProperties } from '../data/schema';
import { fill, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';

export interface TooltipContent {
  name: { en: string; zh: string };
  kind: string;
  province: string;
  designations: { layer: LayerId; text: string }[];
}

/** "Test zone · 2016", "Test zone · by 2021"; the year only where the layer's name lacks it ("VRC pilot 2024"). */
export function designationLine(z: ZoneProperties, m: Messages): string {
  const kind = m.layers.short[z.layer];
  const year = z.designated?.slice(0, 4);
  if (!year || kind.includes(year)) return kind;
  return `${kind} · ${z.designatedQualifier === 'by' ? fill(m.place.designatedBy, { date: year }) : year}`;
}

export function tooltipContent(place: AtlasPlace, m: Messages, lang: Lang): TooltipContent {
  return {
    name: place.name,
    kind: m.place.kind[place.kind],
    province: place.province[lang],
    designations: place.zones.map((z) => ({
      layer: z.properties.layer,
      text: designationLine(z.properties, m),
    })),
  };
}
