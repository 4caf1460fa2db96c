// From geo/ records to the Atlas the UI reads: cross-checks (every reference resolves) and derived
// fields (a place's designations, layers and anchor). Problems are listed as "file › id › field: message"
// in a DataError. Schema validation is in validate-geo.ts (build and tests only: it needs zod).
import { LAYER_IDS, type LayerId } from './constants.ts';
import type { National, Place, Source, ZoneFeature } from './schema.ts';

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

/** geo/ after schema validation. */
export interface ValidGeo {
  layers: Record<LayerId, ZoneFeature[]>;
  places: Place[];
  sources: Source[];
  national: National;
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

/**
 * Cross-check and derive. `problems` and `invalidIds` carry what schema validation found, so a bad
 * record is reported once and references to it are not reported again.
 */
export function assembleAtlas(
  geo: ValidGeo,
  problems: string[] = [],
  invalidIds: ReadonlySet<string> = new Set(),
): Atlas {
  const { layers, places, sources: sourceList, national } = geo;
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
  {
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

  if (problems.length) throw new DataError(problems);
  return {
    layers,
    zones,
    places: atlasPlaces,
    placeById: new Map(atlasPlaces.map((p) => [p.id, p])),
    sources,
    national,
  };
}
