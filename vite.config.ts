import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { basemapPlugin } from './scripts/basemap-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { dataPlugin } from './scripts/data-plugin.ts';
import { stripWebGpuShaders } from './scripts/strip-webgpu-shaders.ts';
import { firstPaintPlugin } from './scripts/first-paint-plugin.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path (and, later, from file://).
  base: './',
  // cspPlugin works on the written HTML (writeBundle, order 'post'), so it sees every other plugin's output.
  plugins: [react(), basemapPlugin(), dataPlugin(), stripWebGpuShaders(), firstPaintPlugin(), cspPlugin()],
  define: {
    // Set to true by vite.single.config.ts (the offline single file).
    __ICV_SINGLE_FILE__: 'false',
    // The hosted address, for links (QR codes) made where the page itself has none (file://).
    __ICV_ATLAS_URL__: JSON.stringify(process.env.ICV_ATLAS_URL ?? ''),
  },
  build: {
    target: 'es2022',
    // MapLibre + deck.gl + React alone are ~2.3 MB minified (see README, Performance).
    chunkSizeWarningLimit: 2600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
