// The offline guarantee. Every test's fixture already fails on any off-origin request; this one
// checks that the page itself does not reference anything outside the site.
import { expect, openAtlas, test } from './fixtures';

test('the page loads only from its own origin and references no external URL', async ({
  page,
  request,
  baseURL,
}) => {
  // The HTML as served.
  const res = await request.get('./');
  expect(res.ok()).toBe(true);
  const html = await res.text();
  expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  expect(html).not.toMatch(/@import|<base\b/i);

  await openAtlas(page);

  // Every resource element in the live DOM (including ones the app adds later, e.g. Vite's
  // modulepreload links for lazy chunks, which it writes as absolute same-origin URLs).
  const origin = new URL(baseURL!).origin;
  await page.getByTestId('search-input').fill('shanghai');
  await page.getByTestId('search-input').press('Enter'); // pulls in any lazily loaded panel code
  await expect(page.getByTestId('place-panel')).toBeVisible();
  const refs = await page
    .locator(
      'script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]',
    )
    .evaluateAll((els) =>
      els.map((el) => {
        const raw = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
        return { raw, resolved: new URL(raw, document.baseURI).href };
      }),
    );
  expect(refs.length, 'the page has its own script and stylesheet').toBeGreaterThanOrEqual(2);
  expect(
    refs.filter(({ resolved }) => !/^(data|blob):/.test(resolved) && new URL(resolved).origin !== origin),
  ).toEqual([]);

  // Stylesheets pull nothing in from elsewhere (fonts, images, @import).
  const cssUrls = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
  for (const url of cssUrls) {
    const css = await (await request.get(url)).text();
    expect(css, url).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
    expect(css, url).not.toMatch(/@import\s+(?:url\()?\s*["']?\s*(?:https?:)?\/\//i);
  }

  // What the browser actually fetched: all from the preview server.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(
    fetched.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin),
  ).toEqual([]);
});
