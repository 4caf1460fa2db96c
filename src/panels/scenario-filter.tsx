// Scenario filter: the 10 scenarios of Table 4, multi-select, match any / all, with live counts.
import { useMemo } from 'react';
import { SCENARIOS } from '../data/constants';
import { fill } from '../i18n';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { useVisiblePlaces } from '../store/use-visible-places';
import { placesWithoutScenarioData, scenarioCounts } from '../store/selectors';
import { useShallow } from 'zustand/react/shallow';

export function ScenarioFilter() {
  const m = useMessages();
  const { scenarios, match, showNoScenarioData } = useAppStore(
    useShallow((s) => ({
      scenarios: s.scenarios,
      match: s.match,
      showNoScenarioData: s.showNoScenarioData,
    })),
  );
  const toggleScenario = useAppStore((s) => s.toggleScenario);
  const setMatch = useAppStore((s) => s.setMatch);
  const clear = useAppStore((s) => s.clearScenarios);
  const setShowNoData = useAppStore((s) => s.setShowNoScenarioData);
  const places = useVisiblePlaces();
  const counts = useMemo(() => scenarioCounts(places, { scenarios, match }), [places, scenarios, match]);
  const noData = placesWithoutScenarioData(places).length;
  return (
    <section className="rail-section" aria-labelledby="scenarios-title">
      <div className="section-head">
        <h2 id="scenarios-title">{m.scenarios.title}</h2>
        <button type="button" className="link-button" onClick={clear} disabled={scenarios.length === 0}>
          {m.scenarios.clear}
        </button>
      </div>
      <div className="segmented" role="radiogroup" aria-label={m.scenarios.matchLabel}>
        {(['any', 'all'] as const).map((x) => (
          <label key={x} className={match === x ? 'active' : ''}>
            <input type="radio" name="match" value={x} checked={match === x} onChange={() => setMatch(x)} />
            {x === 'any' ? m.scenarios.matchAny : m.scenarios.matchAll}
          </label>
        ))}
      </div>
      <ul className="scenario-list">
        {SCENARIOS.map((s) => (
          <li key={s}>
            <label className="scenario-option">
              <input
                type="checkbox"
                checked={scenarios.includes(s)}
                onChange={() => toggleScenario(s)}
                data-scenario={s}
              />
              <span>{m.scenarios[s]}</span>
              <span
                className="count"
                title={fill(m.scenarios.countTitle, { count: counts[s] })}
                data-count-for={s}
                data-testid={`scenario-count-${s}`}
              >
                {counts[s]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={showNoScenarioData}
          onChange={(e) => setShowNoData(e.target.checked)}
        />
        {/* The legend's dot as a swatch before the text (as in the layer list): a flex item of its
            own, it stays on the label's first line instead of wrapping under it. */}
        <span className="legend-no-data" aria-hidden="true" data-testid="no-data-dot" />
        <span>{m.scenarios.showNoData}</span>
      </label>
      {scenarios.length > 0 && (
        <p className="muted small">{fill(m.scenarios.noDataCount, { count: noData })}</p>
      )}
      <p className="muted small">{m.scenarios.source}</p>
    </section>
  );
}
