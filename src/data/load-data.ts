// The boundary: unknown JSON from geo/ in, a validated and cross-checked Atlas out, or a DataError
// whose message lists every problem as "file › feature id › field: message".
import type { z } from 'zod';
import {
  LAYER_IDS,
  nationalSchema,
  placeSchema,
  sourceSchema,
  zoneFeatureSchema,
  type LayerId,
  type National,
  type Place,
  type Source,
  type ZoneFeature,
} from './schema.ts';

export const LAYER_FILES: Record<LayerId, string> = {
  'national-test-zone': 'national-test-zones.geojson',
  'iov-pilot-zone': 'iov-pilot-zones.geojson',
  'double-smart-city': 'double-smart-cities.geojson',
  'vrc-pilot-city': 'vrc-pilot-cities-2024.geojson',
};

/** Counts fixed by the designations themselves (official statements, see README). */
export const EXPECTED_COUNTS: Partial<Record<LayerId, number>> = {
  'national-test-zone': 17,
  'iov-pilot-zone': 7,
  'double-smart-city': 16,
};

export interface RawGeo {
  layers: Record<LayerId, unknown>;
  places: unknown;
  sources: unknown;
  national: unknown;
}

export interface AtlasPlace extends Place {
  /** Where the place's marker is drawn: a city-centre point of one of its designations. */
  anchor: [number, number];
  zones: ZoneFeature[];
  layers: LayerId[];
}

export interface Atlas {
  layers: Record<LayerId, ZoneFeature[]>;
  zones: ZoneFeature[];
  places: AtlasPlace[];
  placeById: ReadonlyMap<string, AtlasPlace>;
  sources: ReadonlyMap<string, Source>;
  national: National;
}

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `geo/ data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'DataError';
  }
}

function issuesOf(file: string, error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    // Name the feature / record by its id rather than its array index where we can.
    let label = file;
    let cursor: unknown = data;
    const rest: string[] = [];
    for (const key of path) {
      cursor = (cursor as Record<string, unknown> | undefined)?.[key];
      const id =
        (cursor as { properties?: { id?: unknown }; id?: unknown } | undefined)?.properties?.id ??
        (cursor as { id?: unknown } | undefined)?.id;
      if (/^\d+$/.test(key) && typeof id === 'string') label += ` › ${id}`;
      else if (!(key === 'features' || key === 'properties' || /^\d+$/.test(key)) || rest.length)
        rest.push(key);
    }
    return `${label} › ${rest.join('.') || '(root)'}: ${issue.message}`;
  });
}

/** Collects problems while parsing; remembers records that failed so references to them are not re-reported. */
class Report {
  readonly problems: string[] = [];
  readonly invalidIds = new Set<string>();

  parse<S extends z.ZodType>(schema: S, file: string, data: unknown): z.infer<S> | undefined {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    this.problems.push(...issuesOf(file, result.error, data));
    return undefined;
  }

  /** Parse an array record by record, so one bad record neither hides the others nor cascades. */
  parseEach<S extends z.ZodType>(
    schema: S,
    file: string,
    data: unknown,
    idOf: (item: unknown) => unknown = (item) => (item as { id?: unknown } | null)?.id,
  ): z.infer<S>[] {
    if (!Array.isArray(data)) {
      this.problems.push(`${file}: expected an array`);
      return [];
    }
    return data.flatMap((item, i) => {
      const id = idOf(item);
      const parsed = this.parse(schema, `${file} › ${typeof id === 'string' ? id : `#${i}`}`, item);
      if (parsed === undefined && typeof id === 'string') this.invalidIds.add(id);
      return parsed === undefined ? [] : [parsed];
    });
  }
}

/** Which designation's point anchors a place's marker: a city-centre point, cities' own lists first. */
const LAYER_PRIORITY_FOR_ANCHOR: LayerId[] = [
  'double-smart-city',
  'vrc-pilot-city',
  'iov-pilot-zone',
  'national-test-zone',
];

function anchorOf(zones: ZoneFeature[]): [number, number] {
  for (const layer of LAYER_PRIORITY_FOR_ANCHOR) {
    const z = zones.find((f) => f.properties.layer === layer && f.properties.located === 'city-centre');
    if (z) return z.geometry.coordinates;
  }
  return zones[0]!.geometry.coordinates;
}

export function loadAtlas(raw: RawGeo): Atlas {
  const report = new Report();
  const { problems, invalidIds } = report;
  const layers = {} as Record<LayerId, ZoneFeature[]>;
  for (const layer of LAYER_IDS) {
    const file = LAYER_FILES[layer];
    const fc = raw.layers[layer] as { type?: unknown; features?: unknown } | null;
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      problems.push(`${file}: expected a GeoJSON FeatureCollection`);
      layers[layer] = [];
      continue;
    }
    layers[layer] = report.parseEach(
      zoneFeatureSchema,
      file,
      fc.features,
      (f) => (f as { properties?: { id?: unknown } } | null)?.properties?.id,
    );
    for (const f of layers[layer]) {
      if (f.properties.layer !== layer)
        problems.push(
          `${file} › ${f.properties.id} › layer: is "${f.properties.layer}", expected "${layer}"`,
        );
    }
    const expected = EXPECTED_COUNTS[layer];
    if (expected !== undefined && fc.features.length !== expected)
      problems.push(`${file}: has ${fc.features.length} features, expected exactly ${expected}`);
  }
  const places = report.parseEach(placeSchema, 'places.json', raw.places);
  const sourceList = report.parseEach(sourceSchema, 'sources.json', raw.sources);
  const national = report.parse(nationalSchema, 'national.json', raw.national);

  const sources = new Map<string, Source>();
  for (const s of sourceList) {
    if (sources.has(s.id)) problems.push(`sources.json › ${s.id}: duplicate id`);
    sources.set(s.id, s);
  }
  const checkSource = (where: string, id: string) => {
    if (!sources.has(id) && !invalidIds.has(id))
      problems.push(`${where}: source "${id}" is not in sources.json`);
  };
  for (const s of sourceList) {
    if (s.citedIn) checkSource(`sources.json › ${s.id} › citedIn`, s.citedIn);
    s.copies?.forEach((c) => checkSource(`sources.json › ${s.id} › copies`, c));
  }

  const zones = LAYER_IDS.flatMap((l) => layers[l]);
  const placeIds = new Set<string>();
  for (const p of places) {
    if (placeIds.has(p.id)) problems.push(`places.json › ${p.id}: duplicate id`);
    placeIds.add(p.id);
    const where = `places.json › ${p.id}`;
    if (p.table3) {
      for (const key of ['openedTestRoads', 'testedMileage', 'licences'] as const) {
        const f = p.table3[key];
        if (f) checkSource(`${where} › table3.${key}`, f.source);
      }
    }
    if (p.scenarios) checkSource(`${where} › scenarios`, p.scenarios.source);
    p.facts.forEach((f) => checkSource(`${where} › facts.${f.id}`, f.source));
    p.milestones.forEach((m, i) => checkSource(`${where} › milestones.${i}`, m.source));
  }
  const ids = new Set<string>();
  for (const z of zones) {
    const { id, place, sources: zs, layer } = z.properties;
    const file = LAYER_FILES[layer];
    if (ids.has(id)) problems.push(`${file} › ${id}: duplicate id`);
    ids.add(id);
    if (!placeIds.has(place) && !invalidIds.has(place))
      problems.push(`${file} › ${id} › place: "${place}" is not in places.json`);
    zs.forEach((s) => checkSource(`${file} › ${id} › sources`, s));
  }
  if (national) {
    national.policies.forEach((p, i) => checkSource(`national.json › policies.${i}`, p.source));
    [...national.sevPenetration, ...national.topSevBrands].forEach((f) =>
      checkSource('national.json', f.source),
    );
    national.totals.forEach((t) => {
      checkSource(`national.json › totals.${t.id}`, t.source);
      t.alsoIn?.forEach((s) => checkSource(`national.json › totals.${t.id} › alsoIn`, s));
    });
  }

  const atlasPlaces: AtlasPlace[] = [];
  for (const p of places) {
    const own = zones.filter((z) => z.properties.place === p.id);
    if (own.length === 0) {
      // Only meaningful when every designation parsed; otherwise it repeats an earlier problem.
      if (invalidIds.size === 0)
        problems.push(`places.json › ${p.id}: no designation in any geo/ layer refers to it`);
      continue;
    }
    atlasPlaces.push({
      ...p,
      anchor: anchorOf(own),
      zones: own,
      layers: LAYER_IDS.filter((l) => own.some((z) => z.properties.layer === l)),
    });
  }

  if (problems.length || !national) throw new DataError(problems);
  return {
    layers,
    zones,
    places: atlasPlaces,
    placeById: new Map(atlasPlaces.map((p) => [p.id, p])),
    sources,
    national,
  };
}
