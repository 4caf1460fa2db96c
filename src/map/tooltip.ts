// Hover tooltip content: a pure function from a place to what the tooltip says.
import type { LayerId } from '../data/constants';
import type { AtlasPlace } from '../data/load-data';
import type { Lang } from '../i18n';
import type { Messages } from '../i18n/en';

export interface TooltipContent {
  name: { en: string; zh: string };
  kind: string;
  province: string;
  designations: { layer: LayerId; text: string }[];
}

export function tooltipContent(place: AtlasPlace, m: Messages, lang: Lang): TooltipContent {
  return {
    name: place.name,
    kind: m.place.kind[place.kind],
    province: place.province[lang],
    designations: place.zones.map((z) => {
      const label = m.layers.short[z.properties.layer];
      const year = z.properties.designated?.slice(0, 4);
      // "VRC pilot 2024" already names its year.
      return {
        layer: z.properties.layer,
        text: year && !label.includes(year) ? `${label} · ${year}` : label,
      };
    }),
  };
}
