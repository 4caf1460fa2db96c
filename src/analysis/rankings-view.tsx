// Rankings: horizontal bars of the visible places by the map's size metric (Table 3 figures as
// published, or the number of Table 4 scenarios). Places that do not report the figure are listed
// apart, never drawn as zero-length bars; a doubtful unit's caveat shows on its bar.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FigureCaveat } from '../components/figure-value';
import { SourceRef } from '../components/source-ref';
import { fill } from '../i18n';
import { formatDate, formatFigure, formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { filterState } from '../store/selectors';
import { useVisiblePlaces } from '../store/use-visible-places';
import { placeHandlers } from './place-actions';
import { PlacesApart } from './places-apart';
import {
  barScale,
  metricFigure,
  RANKED_METRICS,
  rankedMetric,
  rankPlaces,
  type RankedMetric,
} from './rankings';

const BAR_WIDTH = 360;
const BAR_HEIGHT = 20;
/** Room right of the longest bar for its value label. */
const LABEL_ROOM = 150;

export function RankingsView({ titleId }: { titleId: string }) {
  const m = useMessages();
  const lang = useLang();
  const { storeMetric, scenarios, match, selectedPlaceId, setMetric } = useAppStore(
    useShallow((s) => ({
      storeMetric: s.metric,
      scenarios: s.scenarios,
      match: s.match,
      selectedPlaceId: s.selectedPlaceId,
      setMetric: s.setMetric,
    })),
  );
  const metric = rankedMetric(storeMetric);
  const places = useVisiblePlaces();
  const { ranked, notReported } = useMemo(() => rankPlaces(places, metric), [places, metric]);
  const x = barScale(
    ranked.map((r) => r.value),
    BAR_WIDTH,
  );
  const metricName = m.metric[metric];
  const valueText = (r: (typeof ranked)[number]) => {
    const f = metricFigure(r.place, metric);
    return f
      ? formatFigure(f, lang, m)
      : `${formatNumber(r.value, lang)} ${m.analysis.rankings.scenarioUnit}`;
  };
  const top = ranked[0];
  const summary = top
    ? fill(m.analysis.rankings.summary, {
        count: ranked.length,
        top: top.place.name[lang],
        value: valueText(top),
        missing: notReported.length,
      })
    : m.analysis.rankings.none;
  const filtered = scenarios.length > 0;
  const first = ranked.map((r) => metricFigure(r.place, metric)).find(Boolean);
  return (
    <div className="analysis-view rankings-view">
      <div className="view-head">
        <h2 id={titleId} tabIndex={-1}>
          {fill(m.analysis.rankings.title, { metric: metricName })}
        </h2>
        <label className="field inline">
          <span>{m.analysis.rankings.metricLabel}</span>
          <select
            value={metric}
            onChange={(e) => setMetric(e.target.value as RankedMetric)}
            data-testid="rankings-metric"
          >
            {RANKED_METRICS.map((k) => (
              <option key={k} value={k}>
                {m.metric[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="view-summary" data-testid="view-summary">
        {summary}
        {storeMetric === 'none' && <> {fill(m.analysis.rankings.metricNote, { metric: metricName })}</>}
        {first && (
          <>
            {' '}
            {fill(m.place.asOf, { date: formatDate(first.asOf, lang) })} <SourceRef id={first.source} m={m} />
          </>
        )}
        {metric === 'scenarioCount' && ranked[0]?.place.scenarios && (
          <>
            {' '}
            <SourceRef id={ranked[0].place.scenarios.source} m={m} />
          </>
        )}
        {filtered && <span className="muted"> {m.analysis.dimmedNote}</span>}
      </p>
      <ol className="bars" aria-labelledby={titleId} data-testid="rankings-bars">
        {ranked.map((r) => {
          const f = metricFigure(r.place, metric);
          const w = x(r.value);
          const dim = filtered && filterState(r.place, { scenarios, match }) !== 'match';
          const selected = r.place.id === selectedPlaceId;
          return (
            <li
              key={r.place.id}
              data-place-id={r.place.id}
              data-value={r.value}
              className={`bar-row${dim ? ' dim' : ''}${selected ? ' selected' : ''}`}
            >
              <button
                type="button"
                className="bar-button"
                aria-current={selected ? 'true' : undefined}
                {...placeHandlers(r.place.id)}
              >
                <span className="bar-name">{r.place.name[lang]}</span>
                <svg
                  className="bar-svg"
                  width={BAR_WIDTH + LABEL_ROOM}
                  height={BAR_HEIGHT}
                  viewBox={`0 0 ${BAR_WIDTH + LABEL_ROOM} ${BAR_HEIGHT}`}
                  aria-hidden="true"
                >
                  <rect
                    x={0}
                    y={3}
                    width={Math.max(w, 1)}
                    height={BAR_HEIGHT - 6}
                    rx={2}
                    className="bar-rect"
                  />
                  <text x={w + 6} y={BAR_HEIGHT / 2} dominantBaseline="central" className="bar-label">
                    {valueText(r)}
                  </text>
                </svg>
                <span className="sr-only">{valueText(r)}</span>
              </button>
              {f?.unitNote && (
                <div className="bar-caveat">
                  <FigureCaveat figure={f} place={r.place} lang={lang} m={m} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <PlacesApart
        places={notReported}
        heading={fill(m.analysis.rankings.notReported, { count: notReported.length })}
        label={m.place.notReported}
        lang={lang}
        testId="rankings-not-reported"
      />
    </div>
  );
}
