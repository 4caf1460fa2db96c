// A theme change re-colours the running basemap in place (setPaintProperty on the few paint
// properties basemapPaint lists): no new style, so sources, deck.gl's interleaved layers and the
// camera are untouched.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapPaint, type BasemapTheme } from './basemap';

export function restyleBasemap(map: Pick<MapLibreMap, 'getLayer' | 'setPaintProperty'>, theme: BasemapTheme) {
  for (const [layer, paint] of Object.entries(basemapPaint(theme))) {
    if (!map.getLayer(layer)) continue;
    for (const [property, value] of Object.entries(paint)) map.setPaintProperty(layer, property, value);
  }
}
