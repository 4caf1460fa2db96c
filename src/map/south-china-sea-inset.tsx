// The South China Sea islands inset (南海诸岛), as printed maps of China carry it: the main view frames
// the mainland, and this small, static second map shows the islands the basemap data holds.
import { useEffect, useRef } from 'react';
import maplibregl from 'maplibre-gl';
import { useMessages } from '../i18n/use-messages';
import { BASEMAP_THEMES, buildMapStyle } from './basemap/basemap';

export const INSET_BOUNDS: [[number, number], [number, number]] = [
  [108, 3.5],
  [122, 22.5],
];

/** `onIdle` fires once the inset has drawn (or failed), so map-ready covers it too. */
export function SouthChinaSeaInset({ onIdle }: { onIdle: () => void }) {
  const m = useMessages();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    let inset: maplibregl.Map | undefined;
    try {
      inset = new maplibregl.Map({
        container: container.current,
        style: buildMapStyle(BASEMAP_THEMES.light),
        bounds: INSET_BOUNDS,
        fitBoundsOptions: { padding: 4 },
        interactive: false,
        attributionControl: false,
      });
    } catch {
      onIdle(); // the main map reports WebGL problems; the inset just stays empty
      return;
    }
    inset.once('idle', onIdle);
    return () => inset?.remove();
  }, [onIdle]);
  return (
    <figure className="scs-inset" aria-label={m.map.insetLabel}>
      <div ref={container} className="scs-inset-map" aria-hidden="true" />
      <figcaption>{m.map.insetCaption}</figcaption>
    </figure>
  );
}
