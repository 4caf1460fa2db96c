// The open data as in-browser downloads (Blobs: they work offline and from file://), built by the same
// functions the build uses for data/*.csv|json|geojson.
import { LAYER_IDS, type LayerId } from '../data/constants';
import { placesCsv, placesJson } from '../data/export';
import { LAYER_FILES, type Atlas } from '../data/load-data';

export interface Download {
  id: 'csv' | 'json' | LayerId;
  fileName: string;
  type: string;
  text: () => string;
}

export function downloads(atlas: Atlas): Download[] {
  return [
    { id: 'csv', fileName: 'places.csv', type: 'text/csv;charset=utf-8', text: () => placesCsv(atlas) },
    { id: 'json', fileName: 'places.json', type: 'application/json', text: () => placesJson(atlas) },
    ...LAYER_IDS.map((l) => ({
      id: l,
      fileName: LAYER_FILES[l],
      type: 'application/geo+json',
      text: () => JSON.stringify({ type: 'FeatureCollection', features: atlas.layers[l] }, null, 1) + '\n',
    })),
  ];
}

/** Save a text file through a temporary object URL (revoked a little later, once the browser has it). */
export function saveText(d: Download) {
  const url = URL.createObjectURL(new Blob([d.text()], { type: d.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = d.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
