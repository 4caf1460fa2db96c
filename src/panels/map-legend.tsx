// The legend as a card on the map, for a hall (the projector theme) where the rail is collapsed:
// the programmes shown, then the rail's legend (centre size, dot styles). It registers as a card over
// the map, so the camera keeps China clear of it.
import { useRef } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useOccluder } from '../layout/occluder';
import { useAppStore } from '../store';
import { RingSwatch } from './layer-controls';
import { Legend } from './legend';

export function MapLegend() {
  const m = useMessages();
  const ref = useRef<HTMLElement>(null);
  useOccluder('legend', ref);
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const metric = useAppStore((s) => s.metric);
  return (
    <aside ref={ref} className="map-legend" aria-label={m.legend.title} data-testid="map-legend">
      <ul className="map-legend-layers">
        {visibleLayers.map((l) => (
          <li key={l} className="legend-row">
            <RingSwatch layer={l} />
            <span>{m.layers[l]}</span>
          </li>
        ))}
      </ul>
      <Legend metric={metric} />
    </aside>
  );
}
