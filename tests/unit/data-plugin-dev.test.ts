// @vitest-environment node
// Under `npm start` the "About the data" downloads must be the files, not the page: the dev server
// serves data/places.csv, data/places.json and the layers' GeoJSON with the same content as the build.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { currentOpenData, dataPlugin } from '../../scripts/data-plugin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'silent',
    plugins: [dataPlugin()],
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
}, 30_000);
afterAll(() => server?.close());

describe('the dev server serves the open data', () => {
  test('data/places.csv is the CSV the build writes, as CSV', async () => {
    const res = await fetch(`${origin}/data/places.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const built = currentOpenData()
      .find((f) => f.name === 'places.csv')!
      .text();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(built);
    expect(built).toContain('shanghai,Shanghai,上海,');
  });
  test('data/places.json and every layer file are served as JSON, same as the build', async () => {
    for (const file of currentOpenData().filter((f) => f.name !== 'places.csv')) {
      const res = await fetch(`${origin}/data/${file.name}`);
      expect(res.status, file.name).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/(geo\+)?json/);
      expect(await res.text()).toBe(file.text());
    }
  });
});
