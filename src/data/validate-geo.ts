// Build- and test-time validation of geo/: zod schemas record by record, then the cross-checks of
// assembleAtlas. The browser bundle never imports this file (the build validates what it bundles).
import type { z } from 'zod';
import { LAYER_IDS, type LayerId } from './constants.ts';
import {
  assembleAtlas,
  DataError,
  EXPECTED_COUNTS,
  LAYER_FILES,
  type Atlas,
  type RawGeo,
  type ValidGeo,
} from './load-data.ts';
import { nationalSchema, placeSchema, sourceSchema, zoneFeatureSchema, type ZoneFeature } from './schema.ts';

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

export function validateGeo(raw: RawGeo): {
  geo: ValidGeo | null;
  problems: string[];
  invalidIds: Set<string>;
} {
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

  return { geo: national ? { layers, places, sources: sourceList, national } : null, problems, invalidIds };
}

/** Validate and assemble; throws DataError listing every problem. */
export function loadAtlas(raw: RawGeo): Atlas {
  const { geo, problems, invalidIds } = validateGeo(raw);
  if (!geo) throw new DataError(problems);
  return assembleAtlas(geo, problems, invalidIds);
}
