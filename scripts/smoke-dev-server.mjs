#!/usr/bin/env node
// Smoke check of `npm start` (used by .ci/run): waits for the dev server to answer, then checks that
// it serves the atlas page, compiles its entry module and serves the open data as files.
//   node scripts/smoke-dev-server.mjs <url> [server-pid] [timeout-seconds]
const [url = 'http://127.0.0.1:5173/', pid, timeoutArg = '90'] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg) * 1000;
const fail = (why) => {
  console.error(`smoke-dev-server: ${why}`);
  process.exit(1);
};
const alive = () => {
  if (!pid) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};
const get = (path) => fetch(new URL(path, url), { signal: AbortSignal.timeout(30_000) });

let page;
while (!page) {
  if (!alive()) fail(`the dev server (pid ${pid}) exited before answering on ${url}`);
  if (Date.now() > deadline) fail(`no answer on ${url} within ${timeoutArg} s`);
  page = await get('./').catch(() => null);
  if (!page) await new Promise((r) => setTimeout(r, 500));
}
if (page.status !== 200) fail(`${url} answered ${page.status}`);
const html = await page.text();
if (!html.includes('<title>ICV Atlas</title>') || !html.includes('<div id="root">'))
  fail(`${url} did not serve the atlas page:\n${html.slice(0, 400)}`);

// The entry module as Vite compiles it on request (catches errors the page alone would not show).
const entry = html.match(/<script type="module" src="([^"]*main\.tsx)"/)?.[1];
if (!entry) fail('the page has no module script for src/main.tsx');
const js = await get(entry);
if (js.status !== 200 || !/javascript/.test(js.headers.get('content-type') ?? ''))
  fail(`${entry} answered ${js.status} ${js.headers.get('content-type')}`);

// The "About the data" downloads are files under the dev server too, not the page.
const csv = await get('data/places.csv');
const bytes = new Uint8Array(await csv.arrayBuffer());
if (csv.status !== 200 || !(csv.headers.get('content-type') ?? '').startsWith('text/csv'))
  fail(`data/places.csv answered ${csv.status} ${csv.headers.get('content-type')}`);
if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) fail('data/places.csv has no UTF-8 BOM');

console.log(`smoke-dev-server: ${url} serves the atlas page, ${entry} and data/places.csv`);
