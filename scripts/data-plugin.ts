// Vite plugin: validates geo/ at build time (bad data fails `vite build` with the DataError list) and
// writes the open-data files into the built site under data/; the dev server serves the same files
// from memory, so the "About the data" downloads work under `npm start` too.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
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

/** The open-data files (one list, src/data/open-data.ts), made from geo/ as it is now. */
export const currentOpenData = () =>
  openDataFiles(loadAtlas(readGeo()), (layer) => readText(LAYER_FILES[layer]));

/** Dev-server middleware: answers GET/HEAD for the open-data paths, generated afresh from geo/ each time. */
export function openDataMiddleware(base: string): Connect.NextHandleFunction {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
    if (!path.startsWith(`${prefix}data/`)) return next();
    const file = currentOpenData().find((f) => `${prefix}data/${f.name}` === path);
    if (!file) return next();
    const body = Buffer.from(file.text(), 'utf8');
    res.writeHead(200, { 'content-type': file.type, 'content-length': body.length });
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
      for (const f of currentOpenData())
        this.emitFile({ type: 'asset', fileName: `data/${f.name}`, source: f.text() });
    },
  };
}
