// Reads Tables 3 and 4 straight from the paper's transcription in ../shared, so data tests compare
// geo/ with what the paper prints rather than with numbers typed twice.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from '../data/constants';

export const PAPER_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/source/000_64a3a12bf84d7dc8.txt',
);

function tableRows(header: string): string[][] {
  const lines = readFileSync(PAPER_PATH, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  if (start < 0) throw new Error(`paper: no table starting "${header}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.includes('\t')) break;
    rows.push(line.split('\t'));
  }
  return rows;
}

export interface PaperTable3Row {
  row: string;
  opened: string;
  tested: string;
  licences: string;
  subjects: string;
}
export function paperTable3(): PaperTable3Row[] {
  return tableRows('ICV demonstration city (province)').map(([row, opened, tested, licences, subjects]) => ({
    row: row!,
    opened: opened!,
    tested: tested!,
    licences: licences!,
    subjects: subjects!,
  }));
}

/** Table 4's columns, in the paper's order, are the atlas's scenario codes in theirs. */
export const PAPER_TABLE4_COLUMNS = SCENARIOS;

export interface PaperTable4 {
  rows: { row: string; codes: string[]; total: number }[];
  columnTotals: number[];
}
export function paperTable4(): PaperTable4 {
  const header =
    'City/province\tRobotaxi\tAVP\tCommuter Bus\tRobobus\tHigh speed truck\tPorts\tMines\tSanitation\tPatrol\tLast mile delivery\tTotal';
  const all = tableRows(header);
  const totalRow = all.find((r) => r[0] === 'Total')!;
  const rows = all
    .filter((r) => r[0] !== 'Total')
    .map((cells) => ({
      row: cells[0]!,
      codes: PAPER_TABLE4_COLUMNS.filter((_, i) => cells[i + 1]!.trim() !== ''),
      total: Number(cells[11]),
    }));
  return { rows, columnTotals: totalRow.slice(1, 11).map(Number) };
}
