// Numbers read like a report: thousands separators and the published decimals (656.20 stays 656.20),
// 中文 with 万 / 亿 where natural. Conversions shift the decimal point in the digit string,
// so nothing is ever rounded.
import type { Figure } from '../data/schema';
import type { Messages } from './en';
import type { Lang } from './index';

/** Digits of a non-negative finite number, e.g. 7440000 → "7440000", 656.2 → "656.2". */
function plainDigits(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Divide a decimal string by 10^places exactly, trimming trailing zeros: ("94700", 4) → "9.47". */
export function shiftDecimal(digits: string, places: number): string {
  const [int = '0', frac = ''] = digits.split('.');
  const padded = int.padStart(places + 1, '0');
  const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  const tail = (padded.slice(padded.length - places) + frac).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Decimals as printed: "656.20" → 2, "201,7" (decimal comma) → 1, "7.44 million" → 0 (words kept). */
function publishedDecimals(published: string): number {
  const m = published.match(/^[\d,]*[.](\d+)$/) ?? published.match(/^\d+,(\d)$/);
  return m?.[1]?.length ?? 0;
}

/** Thousands separators on the integer part of a decimal string: "1289.83" → "1,289.83". */
const groupDecimal = (digits: string) => {
  const [int = '0', frac] = digits.split('.');
  return frac ? `${group(int)}.${frac}` : group(int);
};

export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  // 中文 groups digits the same way as EN (1,289.83公里, 1,719万), so a figure reads alike in both.
  if (lang === 'zh') {
    const digits = plainDigits(value);
    if (Math.abs(value) >= 1e8) return `${groupDecimal(shiftDecimal(digits, 8))}亿`;
    if (Math.abs(value) >= 1e4) return `${groupDecimal(shiftDecimal(digits, 4))}万`;
  }
  return groupDecimal(value.toFixed(decimals));
}

/** The value of a figure as shown: the published wording in EN where it has words ("7.44 million"). */
export function formatFigureValue(f: Pick<Figure, 'value' | 'published'>, lang: Lang): string {
  if (lang === 'en' && /[a-z]/i.test(f.published)) return f.published;
  return formatNumber(f.value, lang, publishedDecimals(f.published));
}

/** "more than 92,000 trips" / "超过9.2万次". */
export function formatFigure(f: Figure, lang: Lang, m: Messages): string {
  const value = formatFigureValue(f, lang);
  const unit = m.units[f.unit];
  const q = f.qualifier ? m.qualifier[f.qualifier] : '';
  // 中文: no space before a Chinese unit (17个, 2万公里); a Latin unit keeps one (55.3 TEU).
  if (lang === 'zh') return `${q}${value}${/^[%×\u4e00-\u9fff（(]/.test(unit) ? '' : ' '}${unit}`;
  const spacer = unit.startsWith('%') ? '' : ' ';
  return `${q ? q + ' ' : ''}${value}${spacer}${unit}`;
}

/** "A, B and C" / "A、B和C": a short list in the reader's language. */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-Hans' : 'en', { type: 'conjunction' }).format(items);
}

/** "2023-12-31" → "end 2023"-free plain form: EN "31 Dec 2023", ZH "2023年12月31日". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, mo, d] = iso.split('-');
  if (lang === 'zh') return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  const month = mo
    ? new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
    : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}
