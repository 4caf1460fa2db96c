import { describe, expect, test } from 'vitest';
import { SCENARIOS } from '../../data/constants';
import { metricValue } from '../../store/metrics';
import { TEST_ATLAS } from '../../testing/atlas';
import { PAPER_TABLE4_COLUMNS, paperTable4 } from '../../testing/paper';
import { bibtexCitation, plainCitation } from '../citation';
import { scenarioMatrix, sortRows } from '../matrix';
import { barScale, rankedMetric, rankPlaces } from '../rankings';

describe('rankings', () => {
  test('largest first, with the places that do not report the figure apart (never as zero)', () => {
    for (const metric of ['licences', 'openedTestRoads', 'testedMileage', 'scenarioCount'] as const) {
      const { ranked, notReported } = rankPlaces(TEST_ATLAS.places, metric);
      const values = ranked.map((r) => r.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(ranked.length + notReported.length).toBe(TEST_ATLAS.places.length);
      for (const p of notReported) expect(metricValue(p, metric)).toBeNull();
      for (const r of ranked) expect(r.value).toBe(metricValue(r.place, metric));
    }
    // Xiangyang is in Table 3 but its mileage cell is empty: not reported, not 0.
    const mileage = rankPlaces(TEST_ATLAS.places, 'testedMileage');
    expect(mileage.notReported.map((p) => p.id)).toContain('xiangyang');
    expect(mileage.ranked[0]!.place.id).toBe('shanghai');
  });
  test('"uniform size" on the map ranks by licences', () => {
    expect(rankedMetric('none')).toBe('licences');
    expect(rankedMetric('testedMileage')).toBe('testedMileage');
  });
  test('bar scale: zero-based and linear, the largest filling the width', () => {
    const x = barScale([325, 100, 50], 300);
    expect(x(0)).toBe(0);
    expect(x(325)).toBe(300);
    expect(x(162.5)).toBeCloseTo(150);
    expect(barScale([], 300)(0)).toBe(0);
  });
});

describe('scenario matrix', () => {
  const paper = paperTable4();
  const matrix = scenarioMatrix(TEST_ATLAS.places);
  test("column totals reproduce the paper's Total row", () => {
    expect(PAPER_TABLE4_COLUMNS.map(([, code]) => matrix.columnTotals[code])).toEqual(paper.columnTotals);
  });
  test("one row per place in Table 4, each row total equal to the paper's", () => {
    expect(matrix.rows).toHaveLength(paper.rows.length);
    for (const r of matrix.rows) {
      const printed = paper.rows.find((p) => p.row === r.place.scenarios!.row);
      expect(printed, r.place.id).toBeTruthy();
      expect(r.total).toBe(printed!.total);
    }
    expect(matrix.rows.length + matrix.noData.length).toBe(TEST_ATLAS.places.length);
    expect(matrix.noData.every((p) => p.scenarios === null)).toBe(true);
  });
  test('sorting by total, then by a scenario', () => {
    const byTotal = sortRows(matrix.rows, { by: 'total' }, 'en').map((r) => r.total);
    expect(byTotal).toEqual([...byTotal].sort((a, b) => b - a));
    const byMines = sortRows(matrix.rows, { by: 'scenario', scenario: 'mines' }, 'en');
    const withMines = matrix.rows.filter((r) => r.has.mines).length;
    expect(byMines.slice(0, withMines).every((r) => r.has.mines)).toBe(true);
    expect(byMines.slice(withMines).some((r) => r.has.mines)).toBe(false);
    expect(SCENARIOS.length).toBe(10);
  });
});

describe('citation of the paper', () => {
  const paper = TEST_ATLAS.sources.get('wang2024')!;
  test('plain text and BibTeX carry the record’s fields as written in geo/sources.json', () => {
    const plain = plainCitation(paper);
    expect(plain).toContain(paper.title);
    expect(plain).toContain(paper.publisher!);
    expect(plain).toContain(paper.url!);
    const bib = bibtexCitation(paper);
    expect(bib).toMatch(/^@misc\{wang2024,/);
    expect(bib).toContain(`title = {${paper.title}}`);
    expect(bib).toContain(`url = {${paper.url}}`);
    expect(bib).toContain('year = {2024}');
    for (const name of paper.author!.split(', ')) {
      const parts = name.split(' ');
      expect(bib).toContain(`${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`);
    }
  });
});
