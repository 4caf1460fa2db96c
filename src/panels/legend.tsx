// The legend under the layer controls: what the centre size means (each reference value drawn under
// its own circle), and the dot styles for "not reported", "does not match" and "no scenario data".
import { useAtlas } from '../data/atlas-context';
import type { Atlas } from '../data/load-data';
import { fill } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useThemeTokens } from '../layout/use-layout';
import { makeSizeScale } from '../map/scales';
import type { Metric } from '../store/metrics';
import { metricValue } from '../store/metrics';

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

export function Legend({ metric }: { metric: Metric }) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  // Drawn at the map's symbol size (larger in the projector theme).
  const k = useThemeTokens().symbolScale;
  const sizes = legendSizes(atlas, metric).map((s) => ({ ...s, radius: s.radius * k }));
  return (
    <div className="legend" aria-label={m.legend.title}>
      <div className="legend-size">
        <span>{metric === 'none' ? m.legend.noSize : fill(m.legend.size, { metric: m.metric[metric] })}</span>
        {sizes.length > 0 && (
          <ul className="size-legend" data-testid="legend-sizes">
            {sizes.map((s) => (
              <li key={s.value} className="size-legend-item">
                <svg width={s.radius * 2 + 2} height={s.radius * 2 + 2} aria-hidden="true">
                  <circle cx={s.radius + 1} cy={s.radius + 1} r={s.radius} className="legend-core" />
                </svg>
                <span className="size-legend-value">
                  {formatNumber(s.value, lang, Number.isInteger(s.value) ? 0 : 2)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {metric !== 'none' && (
        <DotRow r={4.5 * k} k={k} className="legend-not-reported" label={m.legend.notReported} />
      )}
      <DotRow r={6 * k} k={k} className="legend-dimmed" label={m.legend.dimmed} />
      <DotRow r={6 * k} k={k} className="legend-no-data-dot" label={m.legend.noScenarioData} />
    </div>
  );
}

/** A dot style and its meaning; every row's dot column is as wide (40 × 22 px at symbol scale 1). */
function DotRow({ r, k, className, label }: { r: number; k: number; className: string; label: string }) {
  const [w, h] = [40 * k, 22 * k];
  return (
    <div className="legend-row">
      <svg width={w} height={h} aria-hidden="true">
        <circle cx={8 * k} cy={h / 2} r={r} className={className} />
      </svg>
      <span>{label}</span>
    </div>
  );
}
