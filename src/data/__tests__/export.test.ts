// data/places.csv as a spreadsheet user gets it: opens in Excel with Chinese intact (UTF-8 with a
// byte-order mark), and any CSV reader gets back exactly the cells, whatever they contain.
import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/en';
import { TEST_ATLAS } from '../../testing/atlas';
import { PLACES_CSV_COLUMNS, placesCsv, placesCsvRows } from '../export';
import type { Atlas } from '../load-data';

const BOM = '\uFEFF';
const withoutBom = (csv: string) => (csv.startsWith(BOM) ? csv.slice(1) : csv);

describe('data/places.csv', () => {
  const csv = placesCsv(TEST_ATLAS);
  const rows = csvParse(withoutBom(csv));

  test('starts with the byte-order mark, encoded as EF BB BF in UTF-8', () => {
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
  test('the header is exactly the column list, and there is one row per place', () => {
    expect(rows.columns).toEqual([...PLACES_CSV_COLUMNS]);
    expect(rows.map((r) => r.place_id)).toEqual(TEST_ATLAS.places.map((p) => p.id));
  });
  test('Chinese names and printed figures come back intact; an empty cell is "not reported"', () => {
    const shanghai = rows.find((r) => r.place_id === 'shanghai')!;
    expect(shanghai).toMatchObject({
      name_en: 'Shanghai',
      name_zh: '上海',
      opened_test_road_km: '1289.83',
      tested_mileage_as_published: '656.20',
      licences: '325',
      test_subjects: 'Didi;SAIC;AutoX',
    });
    expect(rows.find((r) => r.place_id === 'xiangyang')!.tested_mileage_as_published).toBe('');
    for (const p of TEST_ATLAS.places) expect(rows.find((r) => r.place_id === p.id)!.name_zh).toBe(p.name.zh);
  });
  test('commas, quotes and line breaks inside values round-trip', () => {
    const tricky = structuredClone(TEST_ATLAS) as Atlas;
    tricky.places[0]!.name.en = 'A, "quoted"\nname';
    tricky.places[1]!.name.zh = '北京，"京"\r\n市';
    const back = csvParseRows(withoutBom(placesCsv(tricky)));
    expect(back).toEqual([[...PLACES_CSV_COLUMNS], ...placesCsvRows(tricky)]);
    expect(back[1]![1]).toBe('A, "quoted"\nname');
    expect(back[2]![2]).toBe('北京，"京"\r\n市');
  });
});

describe('the tested-mileage caveat in the CSV', () => {
  const rows = csvParse(withoutBom(placesCsv(TEST_ATLAS)));
  test('is the English message the atlas shows, word for word', () => {
    const withMileage = rows.filter((r) => r.tested_mileage_as_published !== '');
    expect(withMileage.map((r) => r.place_id)).toContain('shanghai');
    for (const row of withMileage)
      expect(row.tested_mileage_unit_note).toBe(en.unitNote['table3-mileage-likely-10k-km']);
  });
  test('comes with the likely reading in km (the printed figure × 10,000, exact)', () => {
    const sh = rows.find((r) => r.place_id === 'shanghai')!;
    expect(sh.tested_mileage_as_published).toBe('656.20');
    expect(sh.tested_mileage_likely_km).toBe('6562000');
    for (const row of rows.filter((r) => r.tested_mileage_as_published === ''))
      expect(row.tested_mileage_likely_km).toBe('');
  });
  test('is absent where no mileage is reported', () => {
    const without = rows.filter((r) => r.tested_mileage_as_published === '');
    expect(without.length).toBeGreaterThan(0);
    for (const row of without) expect(row.tested_mileage_unit_note).toBe('');
  });
});
