// The open-data CSV says what the atlas says: the tested-mileage caveat in the atlas's own English words.
import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/en';
import { TEST_ATLAS } from '../../testing/atlas';
import { PLACES_CSV_COLUMNS, placesCsv } from '../export';

/** RFC 4180 rows: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g))
      cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    rows.push(cells);
  }
  return rows;
}

describe('places.csv', () => {
  const [header, ...rows] = parseCsv(placesCsv(TEST_ATLAS));
  const col = (row: string[], name: (typeof PLACES_CSV_COLUMNS)[number]) => row[header!.indexOf(name)]!;

  test('one row per place, every row as wide as the header', () => {
    expect(header).toEqual([...PLACES_CSV_COLUMNS]);
    expect(rows).toHaveLength(TEST_ATLAS.places.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  test('the tested-mileage caveat is the English message the atlas shows, word for word', () => {
    const withMileage = rows.filter((r) => col(r, 'tested_mileage_as_published') !== '');
    expect(withMileage.map((r) => col(r, 'place_id'))).toContain('shanghai');
    for (const row of withMileage)
      expect(col(row, 'tested_mileage_unit_note')).toBe(en.unitNote['table3-mileage-likely-10k-km']);
  });

  test('no caveat where no mileage is reported', () => {
    const without = rows.filter((r) => col(r, 'tested_mileage_as_published') === '');
    expect(without.length).toBeGreaterThan(0);
    for (const row of without) expect(col(row, 'tested_mileage_unit_note')).toBe('');
  });
});
