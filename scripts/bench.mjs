#!/usr/bin/env node
/* global window, document -- page.evaluate callbacks run in the browser */
// npm run bench: how fast the built atlas is, measured the same way each run (headless Debian
// Chromium with SwiftShader, cold browser context per run). Reports medians; compare runs made on the
// same machine only (SwiftShader timings vary ±25 % between runs, see docs/headless-chromium.md).
//   - JS / CSS / data transferred for the first render (gzip), from dist/
//   - navigation start → first paint (the inline SVG map of index.html) and → map-ready (map idle
//     with every layer drawn), in the same run, and their ratio
//   - click on a place → its panel showing
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4199;
const URL_ = `http://127.0.0.1:${PORT}/`;

function sizes() {
  const dir = 'dist/assets';
  const files = readdirSync(dir).map((f) => join(dir, f));
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = files.filter((f) => html.includes(f.replace('dist/', '')));
  const gz = (f) => gzipSync(readFileSync(f)).length;
  const sum = (fs) => Math.round(fs.reduce((a, f) => a + gz(f), 0) / 1024);
  return {
    'initial JS+CSS (gzip KB)': sum(initial),
    'all JS (gzip KB)': sum(files.filter((f) => f.endsWith('.js'))),
    'lazy chunks': files.filter((f) => f.endsWith('.js') && !initial.includes(f)).length,
    'dist size (KB)': Math.round(files.reduce((a, f) => a + statSync(f).size, 0) / 1024),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(URL_).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--enable-unsafe-swiftshader', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const ready = [];
    const firstPaint = [];
    const click = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(URL_);
      await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, {
        timeout: 60000,
      });
      ready.push(await page.evaluate(() => performance.now()));
      // The first contentful paint is the map built into the page (no text renders before it).
      firstPaint.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ),
      );
      const { x, y } = await page.evaluate(() => {
        const map = window.icvAtlas.map;
        const p = map.project([121.473, 31.23]); // Shanghai's anchor
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.x + p.x, y: box.y + p.y };
      });
      const t0 = Date.now();
      await page.mouse.click(x, y);
      await page.waitForSelector('[data-testid="place-panel"][data-place-id="shanghai"]');
      click.push(Date.now() - t0);
      await context.close();
    }
    await browser.close();
    const result = {
      ...sizes(),
      runs: RUNS,
      'navigation → first paint (map), median (ms)': Math.round(median(firstPaint)),
      'navigation → map-ready, median (ms)': Math.round(median(ready)),
      'first paint / map-ready, median': median(firstPaint.map((f, i) => f / ready[i])).toFixed(2),
      'click → panel, median (ms)': median(click),
    };
    for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(40)} ${v}`);
  } finally {
    server.kill();
  }
}
await main();
