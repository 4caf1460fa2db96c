// The stable automation hook tests and tools rely on: window.icvAtlas = { map, store } and
// <html data-map-ready="true"> once the map is idle with every layer drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store';
import { retireFirstPaint } from './first-paint';

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
  if (ready) {
    document.documentElement.dataset.mapReady = 'true';
    // The WebGL map has drawn every layer: the map painted with the HTML makes way.
    retireFirstPaint();
  } else delete document.documentElement.dataset.mapReady;
}

/**
 * Runs `fn` once the map is ready (at once if it already is). For work the first map does not need,
 * such as prefetching chunks, so it does not compete with the map's first frames. Returns a cancel.
 */
export function whenMapReady(fn: () => void): () => void {
  const html = document.documentElement;
  if (html.dataset.mapReady === 'true') {
    fn();
    return () => {};
  }
  const observer = new MutationObserver(() => {
    if (html.dataset.mapReady !== 'true') return;
    observer.disconnect();
    fn();
  });
  observer.observe(html, { attributes: true, attributeFilter: ['data-map-ready'] });
  return () => observer.disconnect();
}
