// National context: the paper's Figure 2 (SEV share of NEV sales, 2023 = January-October), Table 2
// (top-15 SEV brands, Jan-Oct 2023, units of 10,000 vehicles), Table 1 (national policies as a
// timeline) and the national totals, every figure with its unit, as-of date and source.
import { useMemo } from 'react';
import { FigureValue } from '../components/figure-value';
import { DataTextView, SourceRef } from '../components/source-ref';
import { dataString, dataText } from '../data/zh-texts';
import { useAtlas } from '../data/atlas-context';
import { fill } from '../i18n';
import { formatDate, formatFigure, formatFigureValue } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { barScale } from './rankings';

const FIG2 = { width: 420, height: 200, bar: 44, top: 22, bottom: 36 };
const BRAND_BAR = 260;

export function ContextView({ titleId }: { titleId: string }) {
  const { national } = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const c = m.analysis.context;
  const sev = national.sevPenetration;
  const brands = useMemo(() => [...national.topSevBrands].sort((a, b) => a.rank - b.rank), [national]);
  const years = useMemo(
    () => [...new Set(national.policies.map((p) => p.year))].sort((a, b) => a - b),
    [national],
  );
  // Shares are percentages: the axis runs 0-100 so bar heights compare with the whole.
  const y = barScale([100], FIG2.height - FIG2.top - FIG2.bottom);
  const bx = barScale(
    brands.map((b) => b.value),
    BRAND_BAR,
  );
  const firstSev = sev[0];
  const lastSev = sev[sev.length - 1];
  const yearLabel = (f: (typeof sev)[number]) => `${f.year}${f.period ? '*' : ''}`;
  return (
    <div className="analysis-view context-view">
      <h2 id={titleId} tabIndex={-1}>
        {c.title}
      </h2>
      <div className="context-grid">
        <figure className="chart" aria-labelledby="fig2-title">
          <figcaption>
            <h3 id="fig2-title">{c.fig2}</h3>
            {firstSev && lastSev && (
              <p className="view-summary">
                {fill(c.fig2Summary, {
                  first: formatFigure(firstSev, lang, m),
                  firstYear: firstSev.year,
                  last: formatFigure(lastSev, lang, m),
                  lastYear: lastSev.year,
                })}{' '}
                {sev.some((f) => f.period) && <>* {c.janOct}. </>}
                <SourceRef id={firstSev.source} m={m} />
              </p>
            )}
          </figcaption>
          <svg
            viewBox={`0 0 ${FIG2.width} ${FIG2.height}`}
            width={FIG2.width}
            height={FIG2.height}
            className="fig2"
            aria-hidden="true"
          >
            {sev.map((f, i) => {
              const h = y(f.value);
              const cx = 30 + i * ((FIG2.width - 60) / sev.length) + FIG2.bar / 2;
              const base = FIG2.height - FIG2.bottom;
              return (
                <g key={f.year} data-year={f.year}>
                  <rect
                    x={cx - FIG2.bar / 2}
                    y={base - h}
                    width={FIG2.bar}
                    height={h}
                    className={f.period ? 'bar-rect partial' : 'bar-rect'}
                  />
                  <text x={cx} y={base - h - 6} textAnchor="middle" className="bar-label">
                    {formatFigureValue(f, lang)}%
                  </text>
                  <text x={cx} y={base + 16} textAnchor="middle" className="axis-label">
                    {yearLabel(f)}
                  </text>
                </g>
              );
            })}
            <line
              x1={20}
              x2={FIG2.width - 10}
              y1={FIG2.height - FIG2.bottom}
              y2={FIG2.height - FIG2.bottom}
              className="axis"
            />
          </svg>
          <table className="sr-only">
            <caption>{m.analysis.dataTable}</caption>
            <thead>
              <tr>
                <th scope="col">{c.year}</th>
                <th scope="col">{c.share}</th>
              </tr>
            </thead>
            <tbody>
              {sev.map((f) => (
                <tr key={f.year}>
                  <th scope="row">
                    {f.year}
                    {f.period && ` (${c.janOct})`}
                  </th>
                  <td>{formatFigure(f, lang, m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>

        <figure className="chart" aria-labelledby="table2-title">
          <figcaption>
            <h3 id="table2-title">{c.table2}</h3>
            {brands[0] && (
              <p className="view-summary">
                {fill(c.table2Summary, {
                  top: brands[0].brand[lang],
                  value: formatFigure(brands[0], lang, m),
                })}{' '}
                {fill(m.place.asOf, { date: formatDate(brands[0].asOf, lang) })}{' '}
                <SourceRef id={brands[0].source} m={m} />
              </p>
            )}
          </figcaption>
          <table className="brand-table">
            <thead>
              <tr>
                <th scope="col">{c.rank}</th>
                <th scope="col">{c.brand}</th>
                <th scope="col">{c.sales}</th>
              </tr>
            </thead>
            <tbody>
              {brands.map((b) => (
                <tr key={b.rank}>
                  <td>{b.rank}</td>
                  <th scope="row">{b.brand[lang]}</th>
                  <td className="brand-bar-cell">
                    <svg width={BRAND_BAR} height={14} aria-hidden="true">
                      <rect
                        x={0}
                        y={2}
                        height={10}
                        width={Math.max(1, bx(b.value))}
                        rx={2}
                        className="bar-rect"
                      />
                    </svg>{' '}
                    <span className="bar-value" title={fill(m.place.asPrinted, { value: b.published })}>
                      {formatFigureValue(b, lang)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>

        <section className="chart" aria-labelledby="table1-title">
          <h3 id="table1-title">{c.table1}</h3>
          <ol className="policy-timeline">
            {years.map((yr) => (
              <li key={yr} className="policy-year">
                <span className="policy-year-label">{yr}</span>
                <ul>
                  {national.policies
                    .filter((p) => p.year === yr)
                    .map((p, i) => (
                      <li key={i}>
                        <span className="policy-title">{p.title[lang]}</span>
                        <span className="muted">
                          {' '}
                          · {c.issuer}: <DataTextView t={dataText(p.issuer, lang)} m={m} />
                        </span>{' '}
                        <SourceRef id={p.source} m={m} />
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>

        <section className="chart" aria-labelledby="totals-title">
          <h3 id="totals-title">{c.totals}</h3>
          <table className="totals-table">
            <thead>
              <tr>
                <th scope="col">{c.figure}</th>
                <th scope="col">{c.value}</th>
                <th scope="col">{c.asOf}</th>
                <th scope="col">{c.source}</th>
              </tr>
            </thead>
            <tbody>
              {national.totals.map((t) => (
                <tr key={t.id} data-total-id={t.id}>
                  <th scope="row">
                    {t.label[lang]}
                    {t.statedBy && (
                      <div className="muted small">
                        {fill(c.statedBy, { who: dataString(t.statedBy, lang, m.place.translatedMark) })}
                      </div>
                    )}
                  </th>
                  <td>
                    <FigureValue figure={t} lang={lang} m={m} />
                  </td>
                  <td>
                    {formatDate(t.asOf, lang)}
                    {t.asOfNote && <div className="muted small">{m.asOfNote[t.asOfNote]}</div>}
                  </td>
                  <td>
                    <SourceRef id={t.source} m={m} />
                    {t.alsoIn?.map((s) => (
                      <SourceRef key={s} id={s} m={m} />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
