import { describe, expect, test } from 'vitest';
import type { Figure } from '../../data/schema';
import { en } from '../en';
import { zh } from '../zh';
import { formatDate, formatFigure, formatFigureValue, formatNumber, shiftDecimal } from '../format';

const fig = (
  published: string,
  value: number,
  unit: Figure['unit'] = 'km',
  extra: Partial<Figure> = {},
): Figure => ({
  value,
  published,
  unit,
  asOf: '2022',
  source: 'caicv2022',
  ...extra,
});

describe('numbers read as published', () => {
  test('EN keeps the printed decimals and adds thousands separators', () => {
    expect(formatFigureValue(fig('1289.83', 1289.83), 'en')).toBe('1,289.83');
    expect(formatFigureValue(fig('656.20', 656.2), 'en')).toBe('656.20');
    expect(formatFigureValue(fig('321.00', 321), 'en')).toBe('321.00');
    expect(formatFigureValue(fig('3,378.73', 3378.73), 'en')).toBe('3,378.73');
  });
  test('EN keeps worded numbers as printed', () => {
    expect(formatFigureValue(fig('7.44 million', 7_440_000), 'en')).toBe('7.44 million');
  });
  test('a decimal comma (Table 2: "201,7") reads as the same number', () => {
    expect(formatFigureValue(fig('201,7', 201.7, '10k-vehicles'), 'en')).toBe('201.7');
  });
  test('中文 uses 万 and 亿 exactly, never rounding', () => {
    expect(formatNumber(7_440_000, 'zh')).toBe('744万');
    expect(formatNumber(94_700, 'zh')).toBe('9.47万');
    expect(formatNumber(17_190_000, 'zh')).toBe('1,719万');
    expect(formatNumber(1_425_000, 'zh')).toBe('142.5万');
    expect(formatNumber(120_000_000, 'zh')).toBe('1.2亿');
    expect(formatNumber(3378.73, 'zh', 2)).toBe('3,378.73');
  });
  test('中文 groups thousands like EN and keeps the published decimals', () => {
    expect(formatFigureValue(fig('1289.83', 1289.83), 'zh')).toBe('1,289.83');
    expect(formatFigureValue(fig('656.20', 656.2), 'zh')).toBe('656.20');
    expect(formatFigureValue(fig('321.00', 321), 'zh')).toBe('321.00');
    expect(formatFigureValue(fig('1027.88', 1027.88), 'zh')).toBe('1,027.88');
    expect(formatNumber(1_234_567_000_000, 'zh')).toBe('12,345.67亿');
  });
  test('shiftDecimal divides by powers of ten in the digit string', () => {
    expect(shiftDecimal('94700', 4)).toBe('9.47');
    expect(shiftDecimal('5', 4)).toBe('0.0005');
    expect(shiftDecimal('123.45', 2)).toBe('1.2345');
    expect(shiftDecimal('10000', 4)).toBe('1');
  });
  test('the unit and qualifier stand beside the value', () => {
    expect(formatFigure(fig('92,000', 92000, 'trips', { qualifier: 'more-than' }), 'en', en)).toBe(
      'more than 92,000 trips',
    );
    expect(formatFigure(fig('92,000', 92000, 'trips', { qualifier: 'more-than' }), 'zh', zh)).toBe(
      '超过9.2万次',
    );
    expect(formatFigure(fig('69.3', 69.3, 'percent'), 'en', en)).toBe('69.3%');
    expect(formatFigure(fig('1289.83', 1289.83), 'zh', zh)).toBe('1,289.83公里');
  });
  test('dates', () => {
    expect(formatDate('2023-12-31', 'en')).toBe('31 Dec 2023');
    expect(formatDate('2021-04', 'en')).toBe('Apr 2021');
    expect(formatDate('2022', 'en')).toBe('2022');
    expect(formatDate('2023-12-31', 'zh')).toBe('2023年12月31日');
  });
});

describe('messages', () => {
  // Same keys in both languages is enforced by the compiler (zh is typed as Messages).
  test('no string is left empty in either language', () => {
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    for (const v of [...values(en), ...values(zh)]) expect(v.trim()).not.toBe('');
  });
});
