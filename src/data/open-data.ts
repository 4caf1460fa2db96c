// The open-data files, one list for both places that make them: the build writes them next to the
// site under data/ (scripts/data-plugin.ts); the offline single file, which has no files beside it,
// makes the same bytes in the browser when one is downloaded.
import { LAYER_IDS, type LayerId } from './constants.ts';
import { placesCsv, placesJson } from './export.ts';
import { LAYER_FILES, type Atlas } from './load-data.ts';

export interface OpenDataFile {
  /** File name, also its path under data/. */
  name: string;
  type: string;
  text: () => string;
}

export function openDataFiles(atlas: Atlas, layerText: (layer: LayerId) => string): OpenDataFile[] {
  return [
    { name: 'places.csv', type: 'text/csv;charset=utf-8', text: () => placesCsv(atlas) },
    { name: 'places.json', type: 'application/json', text: () => placesJson(atlas) },
    ...LAYER_IDS.map((l) => ({
      name: LAYER_FILES[l],
      type: 'application/geo+json',
      text: () => layerText(l),
    })),
  ];
}
