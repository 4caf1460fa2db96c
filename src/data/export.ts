// Open-data exports written into the built site (data/places.csv, data/places.json, one GeoJSON per
// layer) by the build; the same functions will back the download links of the data table.
import { csvFormatRows } from 'd3-dsv';
import { en } from '../i18n/en.ts';
import { likelyReading } from './likely-reading.ts';
import type { Figure } from './schema.ts';
import type { Atlas, AtlasPlace } from './load-data';

export const PLACES_CSV_COLUMNS = [
  'place_id',
  'name_en',
  'name_zh',
  'kind',
  'province_en',
  'opened_test_road_km',
  'tested_mileage_as_published',
  'tested_mileage_unit_note',
  'tested_mileage_likely_km',
  'licences',
  'test_subjects',
  'scenarios',
  'designations',
  'source_ids',
] as const;

/** A figure's unit caveat, worded exactly as the atlas shows it in English (one wording per language). */
export const unitNoteEn = (f: Figure | null | undefined): string =>
  f?.unitNote ? en.unitNote[f.unitNote] : '';

/** Every source id a place's figures and designations rest on, in first-use order. */
export function placeSourceIds(p: AtlasPlace): string[] {
  const ids = [
    ...(p.table3 ? [p.table3.openedTestRoads.source] : []),
    ...(p.scenarios ? [p.scenarios.source] : []),
    ...p.facts.map((f) => f.source),
    ...p.milestones.map((m) => m.source),
    ...p.zones.flatMap((z) => z.properties.sources),
  ];
  return [...new Set(ids)];
}

/** UTF-8 byte-order mark: without it Excel reads a CSV in the system code page and garbles Chinese names. */
export const UTF8_BOM = '\uFEFF';

/** One row of cells per place, in PLACES_CSV_COLUMNS order (empty cell = not reported). */
export function placesCsvRows(atlas: Atlas): string[][] {
  return atlas.places.map((p) => {
    const t3 = p.table3;
    return [
      p.id,
      p.name.en,
      p.name.zh,
      p.kind,
      p.province.en,
      t3?.openedTestRoads.published ?? '',
      t3?.testedMileage?.published ?? '',
      unitNoteEn(t3?.testedMileage),
      likelyReading(t3?.testedMileage)?.digits ?? '',
      t3?.licences.published ?? '',
      t3?.testSubjects.join(';') ?? '',
      p.scenarios?.codes.join(';') ?? '',
      p.zones.map((z) => z.properties.id).join(';'),
      placeSourceIds(p).join(';'),
    ];
  });
}

/** data/places.csv: RFC 4180 quoting by d3-dsv, UTF-8 with a byte-order mark so Excel opens it right. */
export function placesCsv(atlas: Atlas): string {
  return UTF8_BOM + csvFormatRows([[...PLACES_CSV_COLUMNS], ...placesCsvRows(atlas)]) + '\n';
}

export function placesJson(atlas: Atlas): string {
  const places = atlas.places.map(({ zones, ...p }) => ({
    ...p,
    designations: zones.map((z) => z.properties.id),
    sourceIds: placeSourceIds({ ...p, zones }),
  }));
  return JSON.stringify({ places, sources: [...atlas.sources.values()] }, null, 1) + '\n';
}
