// Vite plugin: validates geo/ at build time (bad data fails `vite build` with the DataError list) and
// writes the open-data files into the built site under data/; the dev server serves the same files
// from memory, so the "About the data" downloads work under `npm start` too.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { LAYER_FILES } from '../src/data/load-data.ts';
import { loadAtlas } from '../src/data/validate-geo.ts';
import { placesCsv, placesJson } from '../src/data/export.ts';
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

export interface OpenDataFile {
  /** Path under the site root, e.g. "data/places.csv". */
  fileName: string;
  contentType: string;
  source: string;
}

/** The open-data files, as the build writes them and the dev server serves them. */
export function openDataFiles(): OpenDataFile[] {
  const atlas = loadAtlas(readGeo());
  return [
    { fileName: 'data/places.csv', contentType: 'text/csv; charset=utf-8', source: placesCsv(atlas) },
    {
      fileName: 'data/places.json',
      contentType: 'application/json; charset=utf-8',
      source: placesJson(atlas),
    },
    ...LAYER_IDS.map((layer) => ({
      fileName: `data/${LAYER_FILES[layer]}`,
      contentType: 'application/geo+json; charset=utf-8',
      source: readText(LAYER_FILES[layer]),
    })),
  ];
}

/** Dev-server middleware: answers GET/HEAD for the open-data paths, generated afresh from geo/ each time. */
export function openDataMiddleware(base: string): Connect.NextHandleFunction {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
    if (!path.startsWith(`${prefix}data/`)) return next();
    const file = openDataFiles().find((f) => `${prefix}${f.fileName}` === path);
    if (!file) return next();
    const body = Buffer.from(file.source, 'utf8');
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
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
    // Before Vite's own middlewares, so these paths are not answered with index.html.
    configureServer(server) {
      server.middlewares.use(openDataMiddleware(server.config.base));
    },
    generateBundle() {
      if (this.meta.watchMode) return;
      for (const { fileName, source } of openDataFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
