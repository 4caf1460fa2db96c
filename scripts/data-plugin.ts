// Vite plugin: validates geo/ at build time (bad data fails `vite build` with the DataError list) and
// writes the open-data files into the built site under data/.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LAYER_FILES } from '../src/data/load-data.ts';
import { loadAtlas } from '../src/data/validate-geo.ts';
import { openDataFiles } from '../src/data/open-data.ts';
import { LAYER_IDS, type LayerId } from '../src/data/constants.ts';

// Paths from this file's location (not `new URL(…, import.meta.url)`, which jsdom's URL resolves oddly in tests).
const GEO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../geo');
const readText = (file: string) => readFileSync(resolve(GEO_DIR, file), 'utf8');
const geo = (file: string): unknown => JSON.parse(readText(file));

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
    // Validate on every start (dev server and build): invalid data stops with the list of problems.
    buildStart() {
      loadAtlas(readGeo());
      for (const file of [...Object.values(LAYER_FILES), 'places.json', 'sources.json', 'national.json'])
        this.addWatchFile(resolve(GEO_DIR, file));
    },
    generateBundle() {
      if (this.meta.watchMode) return;
      const atlas = loadAtlas(readGeo());
      for (const f of openDataFiles(atlas, (layer) => readText(LAYER_FILES[layer])))
        this.emitFile({ type: 'asset', fileName: `data/${f.name}`, source: f.text() });
    },
  };
}
