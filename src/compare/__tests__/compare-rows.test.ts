import { describe, expect, test } from 'vitest';
import { place } from '../../testing/atlas';
import {
  comparisonRows,
  designationsByDate,
  scenarioMatrix,
  type FigureRow,
  type Section3Row,
} from '../compare-rows';

const rowsOf = (...ids: string[]) => comparisonRows(ids.map(place));
const figureRow = (rows: ReturnType<typeof rowsOf>, key: FigureRow['key']) =>
  rows.find((r): r is FigureRow => r.kind === 'figure' && r.key === key)!;
const s3Row = (rows: ReturnType<typeof rowsOf>, key: FigureRow['key']) =>
  rows.find((r): r is Section3Row => r.kind === 'section3' && r.key === key);

describe('comparison rows', () => {
  test('licences line up place by place with the same unit, as-of date and source', () => {
    const lic = figureRow(rowsOf('shanghai', 'beijing'), 'licences');
    expect(lic.cells.map((c) => [c?.published, c?.unit, c?.asOf, c?.source])).toEqual([
      ['325', 'licences', '2022', 'caicv2022'],
      ['170', 'licences', '2022', 'caicv2022'],
    ]);
    expect(lic.mixedUnits).toBe(false);
    expect(lic.mixedAsOf).toBe(false);
  });
  test('a place missing from Table 3 gets "not reported" cells (null), never 0', () => {
    const rows = rowsOf('shanghai', 'shenzhen');
    for (const r of rows) expect(r.cells[1]).toBeNull();
  });
  test('the tested-mileage row carries the doubtful-unit note of Table 3', () => {
    const rows = rowsOf('shanghai', 'beijing');
    expect(figureRow(rows, 'testedMileage').unitNotes).toEqual(['table3-mileage-likely-10k-km']);
    expect(figureRow(rows, 'licences').unitNotes).toEqual([]);
  });
  test('section 3 figures (end 2023, other definitions) sit in their own row, not merged into Table 3', () => {
    const rows = rowsOf('shanghai', 'beijing', 'wuhan');
    const mileage = s3Row(rows, 'testedMileage')!;
    expect(mileage.cells.map((c) => c?.id ?? null)).toEqual(['sh-test-mileage', null, 'wh-test-mileage']);
    expect(mileage.unitNotes).toEqual(['wuhan-mileage-unit-doubtful']);
    // The Table 3 row keeps Table 3's own figures.
    expect(figureRow(rows, 'testedMileage').cells.map((c) => c?.published)).toEqual([
      '656.20',
      '391.18',
      '200.00',
    ]);
    // The order: each Table 3 row, then its counterpart.
    const order = rows.map((r) => (r.kind === 'subjects' ? r.kind : `${r.kind}:${r.key}`));
    expect(order.indexOf('section3:testedMileage')).toBe(order.indexOf('figure:testedMileage') + 1);
    // No place has a counterpart: no row.
    expect(s3Row(rowsOf('beijing', 'changsha'), 'testedMileage')).toBeUndefined();
  });
  test('scenario matrix: "no" only for places in Table 4; the others are "not reported"', () => {
    const m = scenarioMatrix([place('shanghai'), place('shenzhen'), place('tianjin')]);
    const mines = m.find((r) => r.scenario === 'mines')!;
    expect(mines.cells).toEqual(['yes', 'not-reported', 'no']);
    expect(m.every((r) => r.cells[1] === 'not-reported')).toBe(true);
    expect(m).toHaveLength(10);
  });
  test('designations earliest first, the undated last', () => {
    const gz = designationsByDate(place('guangzhou')).map((z) => z.properties.designated);
    expect(gz.at(-1)).toBeNull();
    const dated = gz.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
  });
});
