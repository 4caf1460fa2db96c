// Vite plugin: writes the map into index.html at build time (and in the dev server), so the page paints
// China, the places and the legend with the HTML, long before MapLibre and deck.gl are ready. Drawn by
// the export's SVG renderer from the same geo/ data and basemap (src/map/first-paint-build.ts, loaded
// through Vite's module runner with the basemap plugin, so it reads them exactly as the app does). No
// inline script (the page's CSP allows none), only an inline <style>.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { basemapPlugin } from './basemap-plugin.ts';
import { dataPlugin } from './data-plugin.ts';

const ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../src/map/first-paint-build.ts');
const ROOT = '<div id="root"></div>';

/** src/map/first-paint-build.ts (typed here: the Node project does not compile the app's modules). */
type Build = { buildFirstPaint: () => { html: string; css: string } };

export async function buildFirstPaint(): Promise<{ html: string; css: string }> {
  const { module } = await runnerImport<Build>(ENTRY, {
    configFile: false,
    logLevel: 'error',
    // The app's own virtual modules (the basemap, geo/), as its dev server serves them.
    plugins: [basemapPlugin(), dataPlugin()],
  });
  return module.buildFirstPaint();
}

export function firstPaintPlugin(): Plugin {
  return {
    name: 'icv-atlas-first-paint',
    async transformIndexHtml(html) {
      if (!html.includes(ROOT)) throw new Error(`first paint: index.html has no ${ROOT}`);
      const { html: map, css } = await buildFirstPaint();
      return {
        // Before #root: React's createRoot owns #root's children; the map engine adopts this element.
        html: html.replace(ROOT, `${map}\n    ${ROOT}`),
        tags: [{ tag: 'style', attrs: { 'data-first-paint': '' }, children: css, injectTo: 'head' }],
      };
    },
  };
}
