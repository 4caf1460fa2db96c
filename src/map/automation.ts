// The stable automation hook tests and tools rely on: window.icvAtlas = { map, store } and
// <html data-map-ready="true"> once the map is idle with every layer drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store';

/** What the map labels now: places labelled on their own, and clusters with their label text. */
export interface LabelSummary {
  labelled: string[];
  clusters: { members: string[]; label: string | null }[];
}

declare global {
  interface Window {
    icvAtlas?: { map: MapLibreMap | null; store: AppStore; labels?: LabelSummary };
  }
}

export function exposeLabels(labels: LabelSummary) {
  if (window.icvAtlas) window.icvAtlas.labels = labels;
}

export function exposeAutomation(store: AppStore, map: MapLibreMap | null) {
  window.icvAtlas = { map, store };
}

export function setMapReady(ready: boolean) {
  if (ready) document.documentElement.dataset.mapReady = 'true';
  else delete document.documentElement.dataset.mapReady;
}
