// Vite plugin: validates geo/ at build time (bad data fails `vite build` with the DataError list) and
// writes the open-data files into the built site under data/.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LAYER_FILES, loadAtlas } from '../src/data/load-data.ts';
import { placesCsv, placesJson } from '../src/data/export.ts';
import { LAYER_IDS, type LayerId } from '../src/data/schema.ts';

const geo = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'));

export function readGeo() {
  return {
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, geo(LAYER_FILES[l])])) as Record<LayerId, unknown>,
    places: geo('places.json'),
    sources: geo('sources.json'),
    national: geo('national.json'),
  };
}

export function dataPlugin(): Plugin {
  return {
    name: 'icv-atlas-data',
    apply: 'build',
    generateBundle() {
      const atlas = loadAtlas(readGeo());
      this.emitFile({ type: 'asset', fileName: 'data/places.csv', source: placesCsv(atlas) });
      this.emitFile({ type: 'asset', fileName: 'data/places.json', source: placesJson(atlas) });
      for (const layer of LAYER_IDS) {
        const file = LAYER_FILES[layer];
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(new URL(`../geo/${file}`, import.meta.url), 'utf8'),
        });
      }
    },
  };
}
