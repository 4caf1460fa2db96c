// The view's rows as CSV: the same writer and columns as the open-data file data/places.csv, for the
// places the list shows.
import { placesCsv } from '../data/export';
import type { Atlas, AtlasPlace } from '../data/load-data';

export function viewCsv(atlas: Atlas, places: readonly AtlasPlace[]): string {
  // placesCsv reads only `places`; handing it the listed subset keeps one CSV writer for both files.
  return placesCsv({ ...atlas, places: [...places] });
}
