// The scenario matrix: Table 4 of the paper as rows (places with scenario data) × the 10 scenarios,
// with row and column totals derived from the ticks. Pure.
import { SCENARIOS, type Scenario } from '../data/constants';
import type { AtlasPlace } from '../data/load-data';

export interface MatrixRow {
  place: AtlasPlace;
  has: Record<Scenario, boolean>;
  total: number;
}
export interface ScenarioMatrix {
  rows: MatrixRow[];
  columnTotals: Record<Scenario, number>;
  /** Places with no Table 4 row: listed apart (not reported, never a row of blanks). */
  noData: AtlasPlace[];
}

export type MatrixSort =
  { by: 'paper' } | { by: 'total' } | { by: 'name' } | { by: 'scenario'; scenario: Scenario };

export function scenarioMatrix(places: readonly AtlasPlace[]): ScenarioMatrix {
  const rows: MatrixRow[] = [];
  const noData: AtlasPlace[] = [];
  const columnTotals = Object.fromEntries(SCENARIOS.map((s) => [s, 0])) as Record<Scenario, number>;
  for (const place of places) {
    const codes = place.scenarios?.codes;
    if (!codes) {
      noData.push(place);
      continue;
    }
    const has = Object.fromEntries(SCENARIOS.map((s) => [s, codes.includes(s)])) as Record<Scenario, boolean>;
    for (const s of SCENARIOS) if (has[s]) columnTotals[s] += 1;
    rows.push({ place, has, total: SCENARIOS.filter((s) => has[s]).length });
  }
  return { rows, columnTotals, noData };
}

/** Rows in the chosen order; ties (and 'name') by English name, 'paper' keeps the data's order. */
export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort, lang: 'en' | 'zh'): MatrixRow[] {
  const name = (r: MatrixRow) => r.place.name[lang];
  const byName = (a: MatrixRow, b: MatrixRow) =>
    name(a).localeCompare(name(b), lang === 'zh' ? 'zh-Hans' : 'en');
  if (sort.by === 'paper') return [...rows];
  return [...rows].sort((a, b) => {
    if (sort.by === 'total' && a.total !== b.total) return b.total - a.total;
    if (sort.by === 'scenario') {
      const d = Number(b.has[sort.scenario]) - Number(a.has[sort.scenario]);
      if (d) return d;
      if (a.total !== b.total) return b.total - a.total;
    }
    return byName(a, b);
  });
}
