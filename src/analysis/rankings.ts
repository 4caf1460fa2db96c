// Rankings: places by one Table 3 metric (or their number of scenarios). Pure: the order, the
// "not reported" places kept apart (never a zero-length bar), and the bar scale.
import { scaleLinear } from 'd3-scale';
import type { AtlasPlace } from '../data/load-data';
import type { Figure } from '../data/schema';
import { metricValue, type Metric } from '../store/metrics';

/** The metrics a ranking can show; the map's "none" (uniform size) ranks by licences, the map's default. */
export const RANKED_METRICS = ['licences', 'openedTestRoads', 'testedMileage', 'scenarioCount'] as const;
export type RankedMetric = (typeof RANKED_METRICS)[number];
export const rankedMetric = (m: Metric): RankedMetric => (m === 'none' ? 'licences' : m);

/** The published figure behind a place's metric (null for scenario counts, which are a count of Table 4 ticks). */
export function metricFigure(p: AtlasPlace, metric: RankedMetric): Figure | null {
  if (metric === 'scenarioCount' || !p.table3) return null;
  return p.table3[metric] ?? null;
}

export interface Ranking {
  ranked: { place: AtlasPlace; value: number }[];
  notReported: AtlasPlace[];
}

/** Largest first; ties by English name so the order is stable. Not-reported places apart, by name. */
export function rankPlaces(places: readonly AtlasPlace[], metric: RankedMetric): Ranking {
  const byName = (a: AtlasPlace, b: AtlasPlace) => a.name.en.localeCompare(b.name.en, 'en');
  const ranked: Ranking['ranked'] = [];
  const notReported: AtlasPlace[] = [];
  for (const place of places) {
    const value = metricValue(place, metric);
    if (value === null) notReported.push(place);
    else ranked.push({ place, value });
  }
  ranked.sort((a, b) => b.value - a.value || byName(a.place, b.place));
  return { ranked, notReported: notReported.sort(byName) };
}

/** Bar length in px: linear from zero (a bar's length is its value), the largest filling `width`. */
export function barScale(values: readonly number[], width: number) {
  const max = Math.max(0, ...values);
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, width]);
}
