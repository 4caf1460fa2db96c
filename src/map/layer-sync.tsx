// Pushes the layer model into deck.gl and marks the map ready (data-map-ready) once it is idle with
// every layer drawn. Renders nothing.
import { useEffect } from 'react';
import type { Layer } from '@deck.gl/core';
import { setMapReady } from './automation';
import { useMapHandle } from './map-context';

export function LayerSync({ layers }: { layers: Layer[] }) {
  const { map, overlay } = useMapHandle();
  useEffect(() => {
    if (!overlay) return;
    overlay.setProps({ layers });
    if (document.documentElement.dataset.mapReady !== 'true') {
      map.once('idle', () => setMapReady(true));
      map.triggerRepaint();
    }
  }, [map, overlay, layers]);
  return null;
}
