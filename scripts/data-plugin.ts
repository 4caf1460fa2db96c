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
import { fetchJsonModule, isSiteBuild, jsonAssetName, preloadTag } from './json-asset.ts';

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

const GEO_ID = 'virtual:geo-data';
const RESOLVED_GEO_ID = '\0' + GEO_ID;

/**
 * The `virtual:geo-data` module the app reads geo/ from: `national`, `places`, `sources` and
 * `layerText` (each layer file's text, as shipped). In the site build one JSON file fetched before the
 * app starts (json-asset.ts); elsewhere the files imported directly (the dev server reloads on a change).
 */
function geoDataModule(asFile: boolean): { code: string; file?: { fileName: string; source: string } } {
  if (!asFile) {
    const at = (file: string) => JSON.stringify(resolve(GEO_DIR, file).replaceAll('\\', '/'));
    return {
      code: [
        `export { default as national } from ${at('national.json')};`,
        `export { default as places } from ${at('places.json')};`,
        `export { default as sources } from ${at('sources.json')};`,
        ...LAYER_IDS.map(
          (l, i) => `import layer${i} from ${JSON.stringify(JSON.parse(at(LAYER_FILES[l])) + '?raw')};`,
        ),
        `export const layerText = { ${LAYER_IDS.map((l, i) => `${JSON.stringify(l)}: layer${i}`).join(', ')} };`,
      ].join('\n'),
    };
  }
  const source = JSON.stringify({
    national: geo('national.json'),
    places: geo('places.json'),
    sources: geo('sources.json'),
    layerText: Object.fromEntries(LAYER_IDS.map((l) => [l, readText(LAYER_FILES[l])])),
  });
  const fileName = jsonAssetName('geo', source);
  return {
    code: fetchJsonModule(fileName, 'export const { national, places, sources, layerText } = data;'),
    file: { fileName, source },
  };
}

export function dataPlugin(): Plugin {
  let asFile = false;
  return {
    name: 'icv-atlas-data',
    configResolved(config) {
      asFile = isSiteBuild(config);
    },
    resolveId: (id) => (id === GEO_ID ? RESOLVED_GEO_ID : undefined),
    load(id) {
      if (id !== RESOLVED_GEO_ID) return undefined;
      const { code, file } = geoDataModule(asFile);
      if (file) this.emitFile({ type: 'asset', ...file });
      return code;
    },
    transformIndexHtml: () => {
      const file = asFile ? geoDataModule(true).file : undefined;
      return file ? [preloadTag(file.fileName)] : undefined;
    },
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
