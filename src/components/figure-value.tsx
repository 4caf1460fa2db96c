// A figure as the atlas shows it everywhere (panel, rankings, table): the number as printed with its
// unit, optionally its as-of date and source, and, when the printed unit is doubtful, a caveat that is
// always visible: the printed unit marked as doubtful, the likely reading beside it and the published
// figure that reasoning rests on. The text helpers are exported for plain-text uses (comparison,
// export, tours).
import { useAtlas } from '../data/atlas-context';
import type { AtlasPlace } from '../data/load-data';
import { likelyReading, readingEvidence, type Evidence, type LikelyReading } from '../data/likely-reading';
import type { Figure } from '../data/schema';
import { fill, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatDate, formatFigure, formatNumber, shiftDecimal } from '../i18n/format';
import { SourceRef } from './source-ref';

const groupInt = (d: string) => {
  const [int = '0', frac] = d.split('.');
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${g}.${frac}` : g;
};

/** "6.562 million km" / "656.2万公里": the exact product, never rounded. */
export function formatReading(r: LikelyReading, lang: Lang, m: Messages): string {
  const unit = m.units[r.unit];
  if (lang === 'zh') return `${formatNumber(r.value, 'zh', (r.digits.split('.')[1] ?? '').length)}${unit}`;
  const value =
    r.value >= 1e6
      ? fill(m.figure.million, { value: groupInt(shiftDecimal(r.digits, 6)) })
      : groupInt(r.digits);
  return `${value} ${unit}`;
}

/** "≈ 6.562 million km if the unit is 10,000 km". */
export function likelyText(r: LikelyReading, lang: Lang, m: Messages): string {
  return fill(m.figure.likely, {
    value: formatReading(r, lang, m),
    unit: fill(m.figure.unit10k, { unit: m.units[r.unit] }),
  });
}

/** "reasoning: Shanghai, Total autonomous-driving test mileage: 7.44 million km by 31 Dec 2023 (section 3)". */
export function evidenceText(e: Evidence, lang: Lang, m: Messages): string {
  return fill(m.figure.evidence, {
    place: e.place.name[lang],
    fact: e.fact.label[lang],
    value: formatFigure(e.fact, lang, m),
    date: formatDate(e.fact.asOf, lang),
  });
}

/** The whole caveat as one line of plain text (CSV, comparison, tours), or '' when the unit is sound. */
export function caveatText(
  f: Figure | null | undefined,
  place: AtlasPlace | undefined,
  placeById: ReadonlyMap<string, AtlasPlace>,
  lang: Lang,
  m: Messages,
): string {
  const r = likelyReading(f);
  if (!f || !r) return '';
  const e = readingEvidence(r.note, place, placeById);
  return [
    fill(m.figure.doubtfulUnit, { unit: m.units[f.unit] }),
    likelyText(r, lang, m),
    e && evidenceText(e, lang, m),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The visible caveat under a figure with a doubtful unit (nothing otherwise). */
export function FigureCaveat({
  figure,
  place,
  lang,
  m,
}: {
  figure: Figure;
  place?: AtlasPlace;
  lang: Lang;
  m: Messages;
}) {
  const atlas = useAtlas();
  const r = likelyReading(figure);
  if (!r) return null;
  const e = readingEvidence(r.note, place, atlas.placeById);
  return (
    <span className="figure-caveat" data-testid="figure-caveat">
      <span className="doubtful-unit">⚠ {fill(m.figure.doubtfulUnit, { unit: m.units[figure.unit] })}</span>{' '}
      <span className="likely-reading" data-testid="likely-reading">
        {likelyText(r, lang, m)}
      </span>
      {e && (
        <span className="reading-evidence">
          {' '}
          ({evidenceText(e, lang, m)} <SourceRef id={e.fact.source} m={m} />)
        </span>
      )}
    </span>
  );
}

/** A figure in a chart label or table cell: value + unit, meta on demand, caveat always when doubtful. */
export function FigureValue({
  figure,
  place,
  lang,
  m,
  meta = false,
}: {
  figure: Figure | null | undefined;
  place?: AtlasPlace;
  lang: Lang;
  m: Messages;
  /** Also show the as-of date and source marker. */
  meta?: boolean;
}) {
  if (!figure) return <span className="not-reported">{m.place.notReported}</span>;
  return (
    <span className={figure.unitNote ? 'figure-value-inline doubtful' : 'figure-value-inline'}>
      <span className="fv-number" title={fill(m.place.asPrinted, { value: figure.published })}>
        {formatFigure(figure, lang, m)}
      </span>
      {meta && (
        <span className="fv-meta">
          {' '}
          {fill(m.place.asOf, { date: formatDate(figure.asOf, lang) })} <SourceRef id={figure.source} m={m} />
        </span>
      )}
      {figure.unitNote && (
        <>
          {' '}
          <FigureCaveat figure={figure} place={place} lang={lang} m={m} />
        </>
      )}
    </span>
  );
}
