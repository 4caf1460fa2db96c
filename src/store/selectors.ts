// Pure derivations from (atlas data, store state). Components and layer factories call these;
// nothing here touches React or the DOM.
import type { Atlas, AtlasPlace } from '../data/load-data';
import { SCENARIOS } from '../data/constants';
import type { LayerId, Scenario } from '../data/schema';
import { compareZh } from '../i18n/collate';
import { metricValue, type Metric } from './metrics';
import type { Match } from './slices';
import { placeLayersAsOf } from './timeline';

export type FilterState = 'unfiltered' | 'match' | 'no-match' | 'no-data';

export interface ScenarioFilter {
  scenarios: readonly Scenario[];
  match: Match;
}

export function matchesScenarios(place: AtlasPlace, f: ScenarioFilter): boolean {
  const codes = place.scenarios?.codes;
  if (!codes) return false;
  return f.match === 'all'
    ? f.scenarios.every((s) => codes.includes(s))
    : f.scenarios.some((s) => codes.includes(s));
}

export function filterState(place: AtlasPlace, f: ScenarioFilter): FilterState {
  if (f.scenarios.length === 0) return 'unfiltered';
  if (!place.scenarios) return 'no-data';
  return matchesScenarios(place, f) ? 'match' : 'no-match';
}

const visibleCache = new WeakMap<Atlas, { key: string; places: AtlasPlace[] }>();

/** Places holding at least one designation in a visible layer by the end of `year` (null: as today;
 * undated designations count in every year). Memoised: the same layers and year give the same array,
 * so the map, the filter and the lists share one result and their memos hold. */
export function visiblePlaces(
  atlas: Atlas,
  visibleLayers: readonly LayerId[],
  year: number | null = null,
): AtlasPlace[] {
  const key = `${visibleLayers.join(',')}@${year ?? ''}`;
  const hit = visibleCache.get(atlas);
  if (hit?.key === key) return hit.places;
  const places = atlas.places.filter((p) =>
    placeLayersAsOf(p, year).some(({ layer }) => visibleLayers.includes(layer)),
  );
  visibleCache.set(atlas, { key, places });
  return places;
}

/** The places the filter keeps (all visible places when no scenario is selected). */
export function matchingPlaces(places: readonly AtlasPlace[], f: ScenarioFilter): AtlasPlace[] {
  return f.scenarios.length === 0 ? [...places] : places.filter((p) => matchesScenarios(p, f));
}

/** Places with no Table 4 row: "not reported", kept apart from "does not match". */
export const placesWithoutScenarioData = (places: readonly AtlasPlace[]) =>
  places.filter((p) => !p.scenarios);

/**
 * Live count beside each scenario: how many places would match if it were (still) selected.
 * "any": places having it. "all": places having it and every other selected scenario.
 */
export function scenarioCounts(places: readonly AtlasPlace[], f: ScenarioFilter): Record<Scenario, number> {
  const counts = {} as Record<Scenario, number>;
  for (const s of SCENARIOS) {
    const required = f.match === 'all' ? [...new Set([...f.scenarios, s])] : [s];
    counts[s] = places.filter((p) => required.every((r) => p.scenarios?.codes.includes(r))).length;
  }
  return counts;
}

export type SortKey = 'name' | 'metric' | 'designations';

export function sortPlaces(
  places: readonly AtlasPlace[],
  key: SortKey,
  metric: Metric,
  lang: 'en' | 'zh',
): AtlasPlace[] {
  const byName = (a: AtlasPlace, b: AtlasPlace) =>
    lang === 'zh' ? compareZh(a.name.zh, b.name.zh) : a.name.en.localeCompare(b.name.en, 'en');
  return [...places].sort((a, b) => {
    if (key === 'metric') {
      // Reported values first, largest first; "not reported" last, by name.
      const va = metricValue(a, metric);
      const vb = metricValue(b, metric);
      if (va !== vb) return vb === null ? -1 : va === null ? 1 : vb - va;
    }
    if (key === 'designations' && a.zones.length !== b.zones.length) return b.zones.length - a.zones.length;
    return byName(a, b);
  });
}
