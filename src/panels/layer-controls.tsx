// Layer toggles with designation counts, the size metric, and the legend that explains them.
import { useAtlas } from '../data/atlas-context';
import { LAYER_IDS } from '../data/constants';
import type { LayerId } from '../data/schema';
import { fill } from '../i18n';
import { useMessages } from '../i18n/use-messages';
import { RING_WIDTH } from '../map/scales';
import { useAppStore } from '../store';
import { METRICS, type Metric } from '../store/metrics';
import { layerCountsAsOf, type LayerCount as LayerCountAsOf } from '../store/timeline';
import { Legend } from './legend';

/** A programme's ring, in the theme's colour (the --c-<layer> token). */
export function RingSwatch({ layer }: { layer: LayerId }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" className="ring-swatch">
      <circle
        cx="11"
        cy="11"
        r="7.5"
        fill="none"
        style={{ stroke: `var(--c-${layer})` }}
        strokeWidth={RING_WIDTH[layer]}
      />
    </svg>
  );
}

/** The layer's designations: all of them, or (with a year chosen) those by its end, "+n ?" for those
 * whose date is unknown. */
function LayerCount({ layer, count, year }: { layer: LayerId; count: LayerCountAsOf; year: number | null }) {
  const m = useMessages();
  if (year === null)
    return (
      <span
        className="count"
        aria-label={fill(m.layers.countOf, { count: count.total })}
        data-testid={`layer-count-${layer}`}
      >
        {count.dated + count.undated}
      </span>
    );
  const label = fill(count.undated ? m.timeline.countOfYearUndated : m.timeline.countOfYear, {
    count: count.dated,
    total: count.total,
    year,
    undated: count.undated,
  });
  return (
    <span
      className="count count-year"
      aria-label={label}
      title={label}
      data-testid={`layer-count-${layer}`}
      data-dated={count.dated}
      data-undated={count.undated}
    >
      {count.dated}
      {count.undated > 0 && <span className="count-undated">+{count.undated}?</span>}
      <span className="count-total">/{count.total}</span>
    </span>
  );
}

export function LayerControls() {
  const atlas = useAtlas();
  const m = useMessages();
  const visible = useAppStore((s) => s.visibleLayers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
  const year = useAppStore((s) => s.year);
  const counts = layerCountsAsOf(atlas, year);
  return (
    <section className="rail-section" aria-labelledby="layers-title">
      <h2 id="layers-title">{m.layers.title}</h2>
      <ul className="layer-list">
        {LAYER_IDS.map((l) => (
          <li key={l}>
            <label className="layer-toggle">
              <input
                type="checkbox"
                checked={visible.includes(l)}
                onChange={() => toggleLayer(l)}
                data-layer={l}
              />
              <RingSwatch layer={l} />
              <span className="layer-name">
                {m.layers[l]}
                {l === 'vrc-pilot-city' && <span className="muted"> · {m.layers.context}</span>}
              </span>
              <LayerCount layer={l} count={counts[l]} year={year} />
            </label>
          </li>
        ))}
      </ul>
      <p className="legend-note">{m.legend.rings}</p>
      <label className="field">
        <span>{m.metric.title}</span>
        <select
          value={metric}
          onChange={(e) => setMetric(e.target.value as Metric)}
          data-testid="metric-select"
        >
          {METRICS.map((x) => (
            <option key={x} value={x}>
              {m.metric[x]}
            </option>
          ))}
        </select>
      </label>
      <Legend metric={metric} />
    </section>
  );
}
