// The comparison view's content, built from the places alone (pure): figures aligned row by row, the
// scenario matrix and the designations with dates. A missing figure is null ("not reported"), never 0;
// a row says when its unit is doubtful or when the places' figures differ in unit or as-of date.
import { SCENARIOS, type Scenario } from '../data/constants';
import type { AtlasPlace } from '../data/load-data';
import type { Figure, LabelledFigure, ZoneFeature } from '../data/schema';

export type Table3Key = 'openedTestRoads' | 'testedMileage' | 'licences';
export const TABLE3_KEYS: readonly Table3Key[] = ['openedTestRoads', 'testedMileage', 'licences'];
export type UnitNoteKey = NonNullable<Figure['unitNote']>;

/**
 * Section 3 of the paper reports some of the same quantities for a few cities at end 2023, from city
 * reports with their own definitions (vehicles licensed, not licences; a count of roads, not km). They
 * are shown under the Table 3 row they resemble, marked as defined differently, never merged into it.
 */
export const SECTION3_COUNTERPART: Record<Table3Key, string> = {
  openedTestRoads: 'test-roads',
  testedMileage: 'test-mileage',
  licences: 'licensed-vehicles',
};

export interface FigureRow {
  kind: 'figure';
  key: Table3Key;
  /** One cell per place, in the order given; null: not reported. */
  cells: (Figure | null)[];
  /** Caveats about the unit of any cell (e.g. Table 3 mileage printed as km, probably 10,000 km). */
  unitNotes: UnitNoteKey[];
  /** The reported cells do not all share a unit / an as-of date. */
  mixedUnits: boolean;
  mixedAsOf: boolean;
}

export interface Section3Row {
  kind: 'section3';
  key: Table3Key;
  cells: (LabelledFigure | null)[];
  unitNotes: UnitNoteKey[];
}

export interface SubjectsRow {
  kind: 'subjects';
  /** Main test subjects per place (null: the place is not in Table 3). */
  cells: ({ names: string[]; asOf: string; source: string } | null)[];
}

export type CompareRow = FigureRow | Section3Row | SubjectsRow;

const distinct = <T>(xs: readonly T[]) => [...new Set(xs)];
const notes = (cells: readonly (Figure | null)[]) =>
  distinct(cells.flatMap((c) => (c?.unitNote ? [c.unitNote] : [])));

const section3Figure = (p: AtlasPlace, key: Table3Key) =>
  p.facts.find((f) => f.id.endsWith(`-${SECTION3_COUNTERPART[key]}`)) ?? null;

/** The figure rows, Table 3 first, each followed by its section 3 counterpart where any place has one. */
export function comparisonRows(places: readonly AtlasPlace[]): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const key of TABLE3_KEYS) {
    const cells = places.map((p) => p.table3?.[key] ?? null);
    const reported = cells.filter((c): c is Figure => c !== null);
    rows.push({
      kind: 'figure',
      key,
      cells,
      unitNotes: notes(cells),
      mixedUnits: distinct(reported.map((c) => c.unit)).length > 1,
      mixedAsOf: distinct(reported.map((c) => c.asOf)).length > 1,
    });
    const s3 = places.map((p) => section3Figure(p, key));
    if (s3.some((c) => c !== null)) rows.push({ kind: 'section3', key, cells: s3, unitNotes: notes(s3) });
  }
  rows.push({
    kind: 'subjects',
    cells: places.map((p) =>
      p.table3
        ? { names: p.table3.testSubjects, asOf: p.table3.licences.asOf, source: p.table3.licences.source }
        : null,
    ),
  });
  return rows;
}

/** 'yes' / 'no' for a place in Table 4; 'not-reported' for a place not in it (never "no"). */
export type ScenarioCell = 'yes' | 'no' | 'not-reported';

export function scenarioMatrix(
  places: readonly AtlasPlace[],
): { scenario: Scenario; cells: ScenarioCell[] }[] {
  return SCENARIOS.map((scenario) => ({
    scenario,
    cells: places.map((p) =>
      !p.scenarios ? 'not-reported' : p.scenarios.codes.includes(scenario) ? 'yes' : 'no',
    ),
  }));
}

/** A place's designations, earliest first; undated ones last (their date is unknown, not early). */
export function designationsByDate(place: AtlasPlace): ZoneFeature[] {
  return [...place.zones].sort((a, b) => {
    const da = a.properties.designated;
    const db = b.properties.designated;
    if (da === db) return 0;
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  });
}
