// Static hosting from any sub-path: the built site, served under /some/deep/path/ by a plain static
// file server (not vite preview), loads, draws the map, opens panels and downloads its open data.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';

const DIST = resolve('dist');
const PREFIX = '/some/deep/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv',
  '.jpg': 'image/jpeg',
};

const test = base.extend<{ subPathUrl: string }>({
  subPathUrl: async ({}, use) => {
    const server: Server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(PREFIX)) {
        res.writeHead(404).end();
        return;
      }
      const rel = normalize(path.slice(PREFIX.length) || 'index.html');
      if (rel.startsWith('..')) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(join(DIST, rel));
        res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await use(`http://127.0.0.1:${port}${PREFIX}`);
    await new Promise((r) => server.close(r));
  },
});

test('the built site works from a sub-path on a plain static server', async ({ page, subPathUrl }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(`${subPathUrl}?place=wuhan`);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'wuhan');
  // The open-data download resolves under the same sub-path.
  const csv = await page.request.get(new URL('data/places.csv', subPathUrl).href);
  expect(csv.ok()).toBe(true);
  // UTF-8 with a byte-order mark (so Excel reads the Chinese names), then the header row.
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe(
    'place_id,name_en,name_zh,kind,province_en,opened_test_road_km,tested_mileage_as_published,tested_mileage_unit_note,tested_mileage_likely_km,licences,test_subjects,scenarios,designations,source_ids',
  );
  // "Download for offline use" in About links the single file, which the build wrote beside the site.
  await page.getByRole('button', { name: 'About the data' }).click();
  const offline = page.getByTestId('offline-download');
  await expect(offline).toHaveText('Download for offline use');
  const href = await offline.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(href).toBe(new URL('icv-atlas-offline.html', subPathUrl).href);
  const single = await page.request.get(href);
  expect(single.ok()).toBe(true);
  expect(await single.text()).toMatch(/^<!doctype html>/i);
  expect(failed).toEqual([]);
});
