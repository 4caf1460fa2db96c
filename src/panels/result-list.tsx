// The places list: the keyboard- and screen-reader way to everything on the map. Shows the places the
// scenario filter keeps, sortable and filterable by name; choosing one selects it and flies there.
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LAYER_IDS } from '../data/constants';
import type { AtlasPlace } from '../data/load-data';
import { fill } from '../i18n';
import { fillNodes } from '../i18n/fill-nodes';
import { formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { normalize } from '../search/search';
import { useAppStore } from '../store';
import { useVisiblePlaces } from '../store/use-visible-places';
import { placeLayersAsOf } from '../store/timeline';
import { metricValue } from '../store/metrics';
import { matchingPlaces, placesWithoutScenarioData, sortPlaces, type SortKey } from '../store/selectors';

export function ResultList() {
  const m = useMessages();
  const lang = useLang();
  const { scenarios, match, metric, selectedPlaceId } = useAppStore(
    useShallow((s) => ({
      scenarios: s.scenarios,
      match: s.match,
      metric: s.metric,
      selectedPlaceId: s.selectedPlaceId,
    })),
  );
  const showNoScenarioData = useAppStore((s) => s.showNoScenarioData);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const allLayersHidden = useAppStore((s) => s.visibleLayers.length === 0);
  const [sort, setSort] = useState<SortKey>('name');
  const [text, setText] = useState('');
  const visible = useVisiblePlaces();
  const matching = useMemo(() => matchingPlaces(visible, { scenarios, match }), [visible, scenarios, match]);
  const shown = useMemo(() => {
    const q = normalize(text);
    const named = q
      ? matching.filter((p) =>
          [p.name.en, p.name.zh, p.pinyin, ...(p.aliases ?? [])].some((k) => normalize(k).includes(q)),
        )
      : matching;
    return sortPlaces(named, sort, metric, lang);
  }, [matching, text, sort, metric, lang]);
  const filtered = scenarios.length > 0;
  const noData = useMemo(
    () => sortPlaces(placesWithoutScenarioData(visible), 'name', metric, lang),
    [visible, metric, lang],
  );
  return (
    <section className="rail-section results" aria-labelledby="results-title" id="places-list">
      <div className="section-head">
        <h2 id="results-title">{m.results.title}</h2>
        <p className="result-count" aria-live="polite" data-testid="result-summary">
          {fillNodes(filtered ? m.results.countFiltered : m.results.count, {
            count: <span data-testid="result-count">{matching.length}</span>,
            total: visible.length,
          })}
        </p>
      </div>
      <div className="list-tools">
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={m.results.filterPlaceholder}
          aria-label={m.results.filterLabel}
        />
        <label className="field inline">
          <span>{m.results.sortBy}</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="name">{m.results.sortName}</option>
            <option value="metric">{m.results.sortMetric}</option>
            <option value="designations">{m.results.sortDesignations}</option>
          </select>
        </label>
      </div>
      {allLayersHidden ? (
        // An empty list here is the layer toggles' doing, not the filter's: say so, and undo it.
        <div className="empty-state" data-testid="all-layers-hidden">
          <p className="empty">{m.results.allLayersHidden}</p>
          <button type="button" className="button" onClick={() => LAYER_IDS.forEach((l) => toggleLayer(l))}>
            {m.results.showAllLayers}
          </button>
        </div>
      ) : shown.length === 0 ? (
        <p className="empty">{m.results.none}</p>
      ) : (
        <ul className="result-list" data-testid="result-list">
          {shown.map((p) => (
            <ResultItem key={p.id} place={p} selected={p.id === selectedPlaceId} />
          ))}
        </ul>
      )}
      {filtered && showNoScenarioData && noData.length > 0 && (
        <details className="no-data-group">
          <summary>{fill(m.results.noDataGroup, { count: noData.length })}</summary>
          <ul className="result-list" data-testid="no-data-list">
            {noData.map((p) => (
              <ResultItem key={p.id} place={p} selected={p.id === selectedPlaceId} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ResultItem({ place: p, selected }: { place: AtlasPlace; selected: boolean }) {
  const m = useMessages();
  const lang = useLang();
  const metric = useAppStore((s) => s.metric);
  const goToPlace = useAppStore((s) => s.goToPlace);
  const year = useAppStore((s) => s.year);
  const v = metricValue(p, metric);
  return (
    <li data-place-id={p.id}>
      <button
        type="button"
        className={selected ? 'result selected' : 'result'}
        aria-current={selected ? 'true' : undefined}
        onClick={() => goToPlace(p.id)}
      >
        <span className="result-name">
          {p.name[lang]} <span className="alt-name">{p.name[lang === 'en' ? 'zh' : 'en']}</span>
        </span>
        <span className="result-marks" aria-hidden="true">
          {/* The programmes as of the timeline's year, as the map draws them. */}
          {placeLayersAsOf(p, year).map(({ layer: l, undated }) => (
            <span
              key={l}
              className={undated ? 'mini-ring undated' : 'mini-ring'}
              style={{ borderColor: `var(--c-${l})` }}
            />
          ))}
        </span>
        {metric !== 'none' && (
          <span className={v === null ? 'result-metric muted' : 'result-metric'}>
            {v === null ? m.place.notReported : formatNumber(v, lang, Number.isInteger(v) ? 0 : 2)}
          </span>
        )}
      </button>
    </li>
  );
}
