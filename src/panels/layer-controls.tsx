// Layer toggles with designation counts, the size metric, and the legend that explains them.
import { useAtlas } from '../data/atlas-context';
import { LAYER_IDS } from '../data/constants';
import type { LayerId } from '../data/schema';
import { fill } from '../i18n';
import type { Atlas } from '../data/load-data';
import { formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { CORE_RADIUS_RANGE, LAYER_HEX, makeSizeScale, RING_WIDTH } from '../map/scales';
import { useAppStore } from '../store';
import { METRICS, metricValue, type Metric } from '../store/metrics';

function RingSwatch({ layer }: { layer: LayerId }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" className="ring-swatch">
      <circle cx="11" cy="11" r="7.5" fill="none" stroke={LAYER_HEX[layer]} strokeWidth={RING_WIDTH[layer]} />
    </svg>
  );
}

export function LayerControls() {
  const atlas = useAtlas();
  const m = useMessages();
  const visible = useAppStore((s) => s.visibleLayers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const metric = useAppStore((s) => s.metric);
  const setMetric = useAppStore((s) => s.setMetric);
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
              <span className="count" aria-label={fill(m.layers.countOf, { count: atlas.layers[l].length })}>
                {atlas.layers[l].length}
              </span>
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

/** Reference sizes for the legend: the largest reported value and a round value below it. */
export function legendSizes(atlas: Atlas, metric: Metric): { value: number; radius: number }[] {
  const values = atlas.places.map((p) => metricValue(p, metric)).filter((v): v is number => v !== null);
  if (metric === 'none' || values.length === 0) return [];
  const max = Math.max(...values);
  const scale = makeSizeScale(max);
  const lower = scale
    .ticks(3)
    .filter((t) => t > 0 && t < max * 0.6)
    .at(-1);
  return [...(lower ? [lower] : []), max].map((value) => ({ value, radius: scale(value) }));
}

function Legend({ metric }: { metric: Metric }) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const sizes = legendSizes(atlas, metric);
  const width = sizes.reduce((x, s) => x + s.radius * 2 + 6, 4);
  return (
    <div className="legend" aria-label={m.legend.title}>
      <div className="legend-row legend-size">
        {sizes.length > 0 && (
          <svg width={width} height={CORE_RADIUS_RANGE[1] * 2 + 4} aria-hidden="true">
            {sizes.map((s, i) => {
              const cx = sizes.slice(0, i).reduce((x, p) => x + p.radius * 2 + 6, 2) + s.radius;
              return (
                <circle
                  key={s.value}
                  cx={cx}
                  cy={CORE_RADIUS_RANGE[1] + 2}
                  r={s.radius}
                  className="legend-core"
                />
              );
            })}
          </svg>
        )}
        <span>
          {metric === 'none' ? m.legend.noSize : fill(m.legend.size, { metric: m.metric[metric] })}
          {sizes.length > 0 && (
            <span className="legend-values" data-testid="legend-sizes">
              {' '}
              ({sizes.map((s) => formatNumber(s.value, lang, Number.isInteger(s.value) ? 0 : 2)).join(' · ')})
            </span>
          )}
        </span>
      </div>
      {metric !== 'none' && <DotRow r={4.5} className="legend-not-reported" label={m.legend.notReported} />}
      <DotRow r={6} className="legend-dimmed" label={m.legend.dimmed} />
      <DotRow r={6} className="legend-no-data-dot" label={m.legend.noScenarioData} />
    </div>
  );
}

function DotRow({ r, className, label }: { r: number; className: string; label: string }) {
  return (
    <div className="legend-row">
      <svg width="40" height="22" aria-hidden="true">
        <circle cx="8" cy="11" r={r} className={className} />
      </svg>
      <span>{label}</span>
    </div>
  );
}
