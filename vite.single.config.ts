// The offline single file: the whole atlas (JS, CSS, data, basemap geometry, MapLibre's worker, every
// lazy chunk) inlined into one HTML file that opens by double-click from file:// with no network.
// Written next to the site as dist/icv-atlas-offline.html (run after the normal build, which empties dist/),
// so the hosted site's "Download for offline use" link finds it.
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

export const SINGLE_FILE_NAME = 'icv-atlas-offline.html';

/** The open-data files are written by the normal build; the single file makes them in the browser. */
function dropOpenDataFiles(): Plugin {
  return {
    name: 'icv-atlas-single-drop-open-data',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const name of Object.keys(bundle)) if (name.startsWith('data/')) delete bundle[name];
      },
    },
  };
}

export default mergeConfig(
  base,
  defineConfig({
    define: { __ICV_SINGLE_FILE__: 'true' },
    plugins: [
      dropOpenDataFiles(),
      viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME }),
    ],
    build: { outDir: 'dist', emptyOutDir: false },
  }),
);
