// The stable automation hook tests and tools rely on: window.icvAtlas = { map, store } and
// <html data-map-ready="true"> once the map is idle with every layer drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store';
import { retireFirstPaint } from './first-paint';

declare global {
  interface Window {
    icvAtlas?: { map: MapLibreMap | null; store: AppStore };
  }
}

export function exposeAutomation(store: AppStore, map: MapLibreMap | null) {
  window.icvAtlas = { map, store };
}

export function setMapReady(ready: boolean) {
  if (ready) {
    document.documentElement.dataset.mapReady = 'true';
    // The WebGL map has drawn every layer: the map painted with the HTML makes way.
    retireFirstPaint();
  } else delete document.documentElement.dataset.mapReady;
}
