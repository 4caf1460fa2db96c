import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../testing/atlas';
import { LAYER_GEOJSON_TEXT } from '../atlas';
import { LAYER_FILES } from '../load-data';
import { openDataFiles } from '../open-data';

describe('open-data files made in the browser (the offline single file)', () => {
  test('are the files the build writes: same names, and the layers byte for byte as in geo/', () => {
    const files = openDataFiles(TEST_ATLAS, (l) => LAYER_GEOJSON_TEXT[l]);
    expect(files.map((f) => f.name)).toEqual(['places.csv', 'places.json', ...Object.values(LAYER_FILES)]);
    for (const [layer, file] of Object.entries(LAYER_FILES)) {
      const made = files.find((f) => f.name === file)!.text();
      expect(made, layer).toBe(readFileSync(resolve('geo', file), 'utf8'));
    }
    // The CSV as the build writes it: a byte-order mark (for Excel), then the header.
    expect(files[0]!.text().split('\n')[0]).toMatch(/^\uFEFFplace_id,name_en,/);
  });
});
