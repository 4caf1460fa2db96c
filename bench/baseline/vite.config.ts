// The benchmark's baseline page (bench/baseline/index.html): built by scripts/bench.mjs into
// bench/baseline/dist (gitignored), with the atlas's basemap plugin so the basemap is the same.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { basemapPlugin } from '../../scripts/basemap-plugin.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [basemapPlugin()],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2600 },
  logLevel: 'warn',
});
