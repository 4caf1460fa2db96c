// Doubtful units in plain sight: a figure whose printed unit is very probably wrong (Table 3's "tested
// mileage (km)", Wuhan's "3,378.73 km") is always shown as printed AND beside its likely reading, with
// the figure the reasoning rests on. Pure, so the panel, rankings, table, comparison, export and tours
// all say the same thing.
import type { AtlasPlace } from './load-data.ts';
import type { Figure, LabelledFigure } from './schema.ts';

export type UnitNote = NonNullable<Figure['unitNote']>;

/** What each caveat says the unit probably is: the printed number × 10^power, in `unit`. */
export const LIKELY_UNIT: Record<UnitNote, { power: number; unit: Figure['unit'] }> = {
  'table3-mileage-likely-10k-km': { power: 4, unit: 'km' },
  'wuhan-mileage-unit-doubtful': { power: 4, unit: 'km' },
};

/**
 * The figure the caveat's reasoning rests on when the place has none of its own: section 3's end-2023
 * total for Shanghai (the comparison the caveat's wording makes). Ids only; the figure is read from data.
 */
export const UNIT_NOTE_EVIDENCE: Record<UnitNote, { place: string; fact: string } | null> = {
  'table3-mileage-likely-10k-km': { place: 'shanghai', fact: 'sh-test-mileage' },
  'wuhan-mileage-unit-doubtful': null,
};

/** Digits of a non-negative finite number, without exponent: 656.2 → "656.2". */
function plainDigits(value: number): string {
  const s = String(Math.abs(value));
  return /e/i.test(s)
    ? Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : s;
}

/** Multiply a decimal string by 10^power exactly (no floating point): ("656.2", 4) → "6562000". */
export function timesPowerOfTen(digits: string, power: number): string {
  const [int = '0', frac = ''] = digits.split('.');
  const moved = frac.padEnd(power, '0');
  const head = (int + moved.slice(0, power)).replace(/^0+(?=\d)/, '');
  const tail = moved.slice(power).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

export interface LikelyReading {
  /** The reading as an exact decimal string ("6562000"): the printed figure × 10^power. */
  digits: string;
  value: number;
  unit: Figure['unit'];
  /** The unit the caveat says was probably meant, as a power of ten of `unit` (4: 10,000 km). */
  power: number;
  note: UnitNote;
}

/** The likely reading of a figure with a doubtful unit, or null when its unit is not in doubt. */
export function likelyReading(
  f: Pick<Figure, 'value' | 'unitNote'> | null | undefined,
): LikelyReading | null {
  if (!f?.unitNote) return null;
  const { power, unit } = LIKELY_UNIT[f.unitNote];
  const digits = timesPowerOfTen(plainDigits(f.value), power);
  return { digits, value: Number(digits), unit, power, note: f.unitNote };
}

export interface Evidence {
  place: AtlasPlace;
  fact: LabelledFigure;
}

/**
 * The published figure behind the caveat: the place's own section-3 test-mileage total when it has one
 * whose unit is not itself in doubt (Guangzhou: 17.19 million km), else the caveat's reference figure.
 */
export function readingEvidence(
  note: UnitNote,
  place: AtlasPlace | undefined,
  placeById: ReadonlyMap<string, AtlasPlace>,
): Evidence | null {
  const own = place?.facts.find((f) => /-test-mileage$/.test(f.id) && f.unit === 'km' && !f.unitNote);
  if (place && own) return { place, fact: own };
  const ref = UNIT_NOTE_EVIDENCE[note];
  if (!ref) return null;
  const refPlace = placeById.get(ref.place);
  const fact = refPlace?.facts.find((f) => f.id === ref.fact);
  return refPlace && fact ? { place: refPlace, fact } : null;
}
