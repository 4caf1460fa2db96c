// The atlas's data, bundled from geo/ and validated on first use: getAtlas() throws a DataError
// with a readable list of problems; main.tsx turns that into a message on the page.
import national from '../../geo/national.json';
import places from '../../geo/places.json';
import sources from '../../geo/sources.json';
import nationalTestZones from '../../geo/national-test-zones.geojson?raw';
import iovPilotZones from '../../geo/iov-pilot-zones.geojson?raw';
import doubleSmartCities from '../../geo/double-smart-cities.geojson?raw';
import vrcPilotCities from '../../geo/vrc-pilot-cities-2024.geojson?raw';
import { loadAtlas, type Atlas, type RawGeo } from './load-data';

export const RAW_GEO: RawGeo = {
  layers: {
    'national-test-zone': JSON.parse(nationalTestZones),
    'iov-pilot-zone': JSON.parse(iovPilotZones),
    'double-smart-city': JSON.parse(doubleSmartCities),
    'vrc-pilot-city': JSON.parse(vrcPilotCities),
  },
  places,
  sources,
  national,
};

let atlas: Atlas | undefined;
/** Validated data; throws DataError (caught by main.tsx, which shows the problems) when geo/ is invalid. */
export function getAtlas(): Atlas {
  atlas ??= loadAtlas(RAW_GEO);
  return atlas;
}
