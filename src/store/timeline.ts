// The designation timeline: which designations exist by the end of a year. Pure. A zone's date is an
// ISO year, month or day; a "by" date (happened no later than) counts from its year; a zone with no
// date is "undated": shown in every year with its own style and named in a note, never put in a year.
import { LAYER_IDS, type LayerId } from '../data/constants';
import type { Atlas, AtlasPlace } from '../data/load-data';
import type { ZoneFeature } from '../data/schema';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
export const YEARS: readonly number[] = Array.from(
  { length: LAST_YEAR - FIRST_YEAR + 1 },
  (_, i) => FIRST_YEAR + i,
);
export const isTimelineYear = (y: number) => Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR;

/** 'dated': designated by the end of the year; 'undated': date unknown (shown in every year); 'later'. */
export type AsOf = 'dated' | 'undated' | 'later';

/** A zone's state at the end of `year` (null: no year chosen, everything as today). */
export function zoneAsOf(zone: ZoneFeature, year: number | null): AsOf {
  const d = zone.properties.designated;
  if (!d) return 'undated';
  if (year === null) return 'dated';
  return Number(d.slice(0, 4)) <= year ? 'dated' : 'later';
}

/** The designations that exist at the end of `year`: dated ones and the undated ones. */
export function zonesAsOf(zones: readonly ZoneFeature[], year: number | null): ZoneFeature[] {
  return zones.filter((z) => zoneAsOf(z, year) !== 'later');
}

/** Designations whose date is unknown, for the note beside the year control. */
export const undatedZones = (atlas: Atlas) => atlas.zones.filter((z) => !z.properties.designated);

/**
 * A place's programmes at the end of `year`: each layer with a designation then, and whether all of
 * that layer's designations are undated (its ring is drawn in the "date unknown" style).
 */
export function placeLayersAsOf(
  place: AtlasPlace,
  year: number | null,
): { layer: LayerId; undated: boolean }[] {
  const out: { layer: LayerId; undated: boolean }[] = [];
  for (const layer of place.layers) {
    const states = place.zones.filter((z) => z.properties.layer === layer).map((z) => zoneAsOf(z, year));
    if (states.includes('dated')) out.push({ layer, undated: false });
    else if (states.includes('undated')) out.push({ layer, undated: year !== null });
  }
  return out;
}

export interface LayerCount {
  /** Designated by the end of the year (all dated ones when no year is chosen). */
  dated: number;
  /** Date unknown (shown in every year). */
  undated: number;
  /** Every designation of the layer. */
  total: number;
}

/** Per layer: how many designations exist at the end of `year`. */
export function layerCountsAsOf(atlas: Atlas, year: number | null): Record<LayerId, LayerCount> {
  const counts = {} as Record<LayerId, LayerCount>;
  for (const l of LAYER_IDS) {
    const zones = atlas.layers[l];
    const states = zones.map((z) => zoneAsOf(z, year));
    counts[l] = {
      dated: states.filter((s) => s === 'dated').length,
      undated: states.filter((s) => s === 'undated').length,
      total: zones.length,
    };
  }
  return counts;
}
