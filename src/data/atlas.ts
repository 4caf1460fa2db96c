// The atlas's data as the browser gets it: geo/ bundled at build time (virtual:geo-data, from
// scripts/data-plugin.ts: a JSON file fetched before the app starts in the site build). The build (and
// the dev server) validated these files with the schemas first, so here they are only assembled;
// getAtlas() still throws a DataError if a cross-reference is broken, which main.tsx shows.
import { layerText, national, places, sources } from 'virtual:geo-data';
import type { LayerId } from './constants';
import { assembleAtlas, type Atlas, type ValidGeo } from './load-data';

/** The layer files as shipped (the offline single file offers them for download from memory). */
export const LAYER_GEOJSON_TEXT = layerText as Record<LayerId, string>;

const features = (geojson: string) => (JSON.parse(geojson) as { features: unknown[] }).features;

let atlas: Atlas | undefined;
export function getAtlas(): Atlas {
  atlas ??= assembleAtlas({
    layers: {
      'national-test-zone': features(LAYER_GEOJSON_TEXT['national-test-zone']),
      'iov-pilot-zone': features(LAYER_GEOJSON_TEXT['iov-pilot-zone']),
      'double-smart-city': features(LAYER_GEOJSON_TEXT['double-smart-city']),
      'vrc-pilot-city': features(LAYER_GEOJSON_TEXT['vrc-pilot-city']),
    },
    places,
    sources,
    national,
  } as ValidGeo);
  return atlas;
}
