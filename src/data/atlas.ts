// The atlas's data as the browser gets it: geo/ bundled at build time. The build (and the dev server)
// validated these files with the schemas first (scripts/data-plugin.ts), so here they are only
// assembled; getAtlas() still throws a DataError if a cross-reference is broken, which main.tsx shows.
import national from '../../geo/national.json';
import places from '../../geo/places.json';
import sources from '../../geo/sources.json';
import nationalTestZones from '../../geo/national-test-zones.geojson?raw';
import iovPilotZones from '../../geo/iov-pilot-zones.geojson?raw';
import doubleSmartCities from '../../geo/double-smart-cities.geojson?raw';
import vrcPilotCities from '../../geo/vrc-pilot-cities-2024.geojson?raw';
import { assembleAtlas, type Atlas, type ValidGeo } from './load-data';

/** The layer files as shipped (the offline single file offers them for download from memory). */
export const LAYER_GEOJSON_TEXT = {
  'national-test-zone': nationalTestZones,
  'iov-pilot-zone': iovPilotZones,
  'double-smart-city': doubleSmartCities,
  'vrc-pilot-city': vrcPilotCities,
} as const;

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
