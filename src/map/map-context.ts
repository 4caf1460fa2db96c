// The live map for the modules that work with it (layers, pointer, camera, and later export and
// tours): provided by MapEngine, read with useMapHandle.
import { createContext, useContext } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

export interface MapHandle {
  map: MapLibreMap;
  /** deck.gl, interleaved into MapLibre's canvas; null until the basemap style has loaded. */
  overlay: MapboxOverlay | null;
}

export const MapContext = createContext<MapHandle | null>(null);

export function useMapHandle(): MapHandle {
  const handle = useContext(MapContext);
  if (!handle) throw new Error('useMapHandle outside MapEngine');
  return handle;
}

/** The loaded map for code outside the map's React tree (the export reads its pixels): set by
 * MapEngine once the basemap and deck.gl are ready, cleared when they go away. */
export type LoadedMapHandle = MapHandle & { overlay: MapboxOverlay };
let loaded: LoadedMapHandle | null = null;
export const getMapHandle = (): LoadedMapHandle | null => loaded;
export function setMapHandle(next: LoadedMapHandle | null) {
  loaded = next;
}
