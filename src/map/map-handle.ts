// A tiny accessor for code outside the map component that needs the live map (the export reads its
// pixels). Set by map-view.tsx once the map has loaded, cleared when it goes away.
import type maplibregl from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

export interface MapHandle {
  map: maplibregl.Map;
  overlay: MapboxOverlay;
}

let handle: MapHandle | null = null;

export const getMapHandle = (): MapHandle | null => handle;

export function setMapHandle(next: MapHandle | null) {
  handle = next;
}
