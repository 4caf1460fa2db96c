import { describe, expect, test } from 'vitest';
import { readGeo } from '../../../scripts/data-plugin';
import { DataError } from '../load-data';
import { loadAtlas } from '../validate-geo';

const clone = <T>(x: T): T => structuredClone(x);

function problemsOf(mutate: (raw: ReturnType<typeof readGeo>) => void): string[] {
  const raw = clone(readGeo());
  mutate(raw);
  try {
    loadAtlas(raw);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

type Fc = { features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[] };

describe('loadAtlas reports bad data readably', () => {
  test('the real data passes', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });
  test('a missing field names file, feature id and field', () => {
    const problems = problemsOf((raw) => {
      delete (raw.layers['iov-pilot-zone'] as Fc).features[1]!.properties.designatedBy;
    });
    expect(problems).toEqual([
      expect.stringMatching(/^iov-pilot-zones\.geojson › iov-tianjin-xiqing › designatedBy: /),
    ]);
  });
  test('a wrong count, an unknown place and an unknown source are each reported', () => {
    const problems = problemsOf((raw) => {
      const fc = raw.layers['national-test-zone'] as Fc;
      fc.features.pop();
      fc.features[0]!.properties.place = 'atlantis';
      fc.features[1]!.properties.sources = ['nowhere'];
    });
    expect(problems).toContain('national-test-zones.geojson: has 16 features, expected exactly 17');
    expect(problems).toContain(
      'national-test-zones.geojson › shanghai-jiading › place: "atlantis" is not in places.json',
    );
    expect(problems).toContain(
      'national-test-zones.geojson › beijing-hebei-yizhuang › sources: source "nowhere" is not in sources.json',
    );
  });
  test('a coordinate outside China and a duplicate id are rejected', () => {
    const problems = problemsOf((raw) => {
      const fc = raw.layers['double-smart-city'] as Fc;
      fc.features[0]!.geometry.coordinates = [2.35, 48.85];
      fc.features[2]!.properties.id = fc.features[3]!.properties.id;
    });
    expect(
      problems.some((p) => /double-smart-cities\.geojson › ds-beijing › geometry\.coordinates\.0/.test(p)),
    ).toBe(true);
    expect(problems).toContain('double-smart-cities.geojson › ds-wuhan: duplicate id');
  });
  test('a figure without a unit, or with an as-of that is not a date, fails on the place and field', () => {
    const problems = problemsOf((raw) => {
      const places = raw.places as { id: string; table3: { licences: Record<string, unknown> } | null }[];
      delete places.find((p) => p.id === 'shanghai')!.table3!.licences.unit;
      places.find((p) => p.id === 'beijing')!.table3!.licences.asOf = 'recently';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^places\.json › beijing › table3\.licences\.asOf: must be an ISO date/),
      expect.stringMatching(/^places\.json › shanghai › table3\.licences\.unit: /),
    ]);
  });
  test('"not reported" scenarios are null: an empty scenario list is rejected', () => {
    const problems = problemsOf((raw) => {
      const places = raw.places as { id: string; scenarios: { codes: string[] } | null }[];
      places.find((p) => p.id === 'shanghai')!.scenarios!.codes = [];
    });
    expect(problems).toEqual([expect.stringMatching(/^places\.json › shanghai › scenarios\.codes: /)]);
  });
});
