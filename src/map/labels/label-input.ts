// The placement's input from the map's own data: each drawn symbol's centre and radius on screen, its
// name in the language shown, and the region names. Shared by the map and any SVG renderer.
import { fill, MESSAGES, type Lang } from '../../i18n';
import { ISLAND_IDS, REGION_NAMES } from '../basemap/province-names';
import type { PlaceSymbol } from '../layers/place-geometry';
import { LABEL_SIZE } from '../layers/label-style';
import type { PlaceLayerState } from '../layers/place-layers';
import {
  placePlaceLabels,
  type LabelItem,
  type Placement,
  type PlacementOptions,
  type RegionItem,
} from './place-labels';

export type Project = (lngLat: [number, number]) => { x: number; y: number };

/** Programmes count most, then reported figures and scenarios (the places the paper discusses). */
export const labelPriority = (s: PlaceSymbol) =>
  s.place.zones.length * 10 + (s.place.table3 ? 5 : 0) + (s.place.scenarios ? 2 : 0);

export function labelItems(
  drawn: readonly PlaceSymbol[],
  project: Project,
  lang: Lang,
  pinned: readonly string[] = [],
): LabelItem[] {
  return drawn.map((s) => {
    const p = project(s.place.anchor);
    return {
      id: s.place.id,
      x: p.x,
      y: p.y,
      r: s.outer,
      text: s.place.name[lang],
      priority: labelPriority(s),
      pinned: pinned.includes(s.place.id),
    };
  });
}

/** Island names sit under their dot (region-labels.ts): the label's centre is that far below. */
export const islandLabelDy = (size: number) => 5 + size * 0.6;

/** Region names at their label points; `size` is the province label size, islands a little smaller.
 * The points come in: the basemap module is browser-only, and the first paint places labels at build time. */
export function regionItems(
  project: Project,
  lang: Lang,
  size: number,
  labels: readonly { id: string; position: readonly number[] }[],
): RegionItem[] {
  return labels.map((l) => {
    const p = project([l.position[0]!, l.position[1]!]);
    const island = ISLAND_IDS.has(l.id);
    const s = island ? size * 0.875 : size;
    return {
      id: l.id,
      x: p.x,
      y: island ? p.y + islandLabelDy(s) : p.y,
      text: REGION_NAMES[l.id]?.[lang] ?? l.id,
      size: s,
    };
  });
}

/** A cluster's label in the language shown: "Shanghai +3", "上海等4地". */
export const clusterText = (lang: Lang) => (name: string, count: number) =>
  fill(MESSAGES[lang].map.clusterLabel, { name, count, more: count - 1 });

/** The characters cluster labels add to the place names (the SDF text atlas must hold them). */
export const CLUSTER_LABEL_CHARS = [...MESSAGES.en.map.clusterLabel, ...MESSAGES.zh.map.clusterLabel];

/** The place labels' size in the state's theme (the projector's are larger). */
export const labelSize = (st: PlaceLayerState) => LABEL_SIZE * (st.textScale ?? 1);

/** The placement of the drawn symbols' labels as projected (`project`), with the selected and compared
 * places always named: what the map, the export and the SVG maps all draw. */
export function placeDrawnLabels(
  drawn: readonly PlaceSymbol[],
  st: PlaceLayerState,
  project: Project,
  options: Omit<PlacementOptions, 'size'> = {},
): Placement {
  const pinned = [st.selectedPlaceId, ...(st.compareIds ?? [])].filter((x): x is string => !!x);
  return placePlaceLabels(labelItems(drawn, project, st.lang, pinned), { ...options, size: labelSize(st) });
}
