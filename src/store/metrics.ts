// Size metrics a user can choose for the place symbols. Each reads a published figure or returns
// null for "not reported", which the map draws distinctly (never as zero).
import type { AtlasPlace } from '../data/load-data';

export const METRICS = ['licences', 'openedTestRoads', 'testedMileage', 'scenarioCount', 'none'] as const;
export type Metric = (typeof METRICS)[number];

export function metricValue(place: AtlasPlace, metric: Metric): number | null {
  switch (metric) {
    case 'licences':
      return place.table3?.licences.value ?? null;
    case 'openedTestRoads':
      return place.table3?.openedTestRoads.value ?? null;
    case 'testedMileage':
      return place.table3?.testedMileage?.value ?? null;
    case 'scenarioCount':
      return place.scenarios?.codes.length ?? null;
    case 'none':
      return null;
  }
}
