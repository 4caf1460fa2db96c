// Tables 3 and 4 of the paper, read from the verbatim copy in fixtures/paper-tables-3-4.txt (kept in
// the repository, citation inside), so data tests compare geo/ with what the paper prints rather than
// with numbers typed into the test.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../data/constants';

export const PAPER_TABLES_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  'fixtures/paper-tables-3-4.txt',
);

const lines = () =>
  readFileSync(PAPER_TABLES_PATH, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'));

/** A table's header row and body rows: the tab-separated lines right after its caption. */
function table(caption: string): { header: string[]; rows: string[][] } {
  const all = lines();
  const at = all.indexOf(caption);
  if (at < 0) throw new Error(`paper fixture: no caption "${caption}"`);
  const start = all.findIndex((l, i) => i > at && l.includes('\t'));
  const end = all.findIndex((l, i) => i > start && !l.includes('\t'));
  const [header, ...rows] = all.slice(start, end < 0 ? undefined : end).map((l) => l.split('\t'));
  if (start < 0 || !rows.length) throw new Error(`paper fixture: "${caption}" has no rows`);
  return { header: header!, rows };
}

export const TABLE3_CAPTION = 'Table 3 - Major ICV demonstration cities and development (2022)';
export const TABLE4_CAPTION = 'Table 4 - CAM application scenarios by city (2022)';

export interface PaperTable3Row {
  row: string;
  opened: string;
  tested: string;
  licences: string;
  subjects: string;
}
export function paperTable3(): { header: string[]; rows: PaperTable3Row[] } {
  const { header, rows } = table(TABLE3_CAPTION);
  return {
    header,
    rows: rows.map(([row, opened, tested, licences, subjects]) => ({
      row: row!,
      opened: opened!,
      tested: tested!,
      licences: licences!,
      subjects: subjects!,
    })),
  };
}

/** Table 4's printed column names and the atlas's scenario code for each (checked against the header). */
export const PAPER_TABLE4_COLUMNS: readonly (readonly [printed: string, code: Scenario])[] = [
  ['Robotaxi', 'robotaxi'],
  ['AVP', 'avp'],
  ['Commuter Bus', 'commuter-bus'],
  ['Robobus', 'robobus'],
  ['High speed truck', 'highway-truck'],
  ['Ports', 'ports'],
  ['Mines', 'mines'],
  ['Sanitation', 'sanitation'],
  ['Patrol', 'patrol'],
  ['Last mile delivery', 'last-mile-delivery'],
];

export interface PaperTable4 {
  header: string[];
  /** Each row's ticked columns (as scenario codes) and its printed Total. */
  rows: { row: string; codes: Scenario[]; ticks: number; total: number }[];
  /** The printed Total row, one number per scenario column. */
  columnTotals: number[];
}
export function paperTable4(): PaperTable4 {
  const { header, rows: all } = table(TABLE4_CAPTION);
  const scenarioCells = (cells: string[]) => cells.slice(1, 1 + PAPER_TABLE4_COLUMNS.length);
  const totalRow = all.find((r) => r[0] === 'Total');
  if (!totalRow) throw new Error('paper fixture: Table 4 has no Total row');
  const rows = all
    .filter((r) => r !== totalRow)
    .map((cells) => {
      const ticked = scenarioCells(cells).map((c) => c.trim() !== '');
      return {
        row: cells[0]!,
        codes: PAPER_TABLE4_COLUMNS.filter((_, i) => ticked[i]).map(([, code]) => code),
        ticks: ticked.filter(Boolean).length,
        total: Number(cells[1 + PAPER_TABLE4_COLUMNS.length]),
      };
    });
  return { header, rows, columnTotals: scenarioCells(totalRow).map(Number) };
}
