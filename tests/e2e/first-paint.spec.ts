// A map before any script runs: the built index.html carries the map as inline SVG (provinces, inset,
// places with their rings, legend), framed like the first WebGL view, and the WebGL map takes over in
// place: a place sits on the same pixel before and after the handover.
import type { Page, Route } from '@playwright/test';
import { expect, pixelOf, placeById, test, waitForMapIdle } from './fixtures';

/** Holds every script request until `release()` (a page whose JS has not arrived yet). */
async function holdScripts(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route('**/*.js', (route) => (released ? route.fallback() : void held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.map((r) => r.fallback()));
  };
}

/** The centre of a place's mark on the SVG map that is on screen (one group of marks per layout). */
async function markCentre(page: Page, placeId: string) {
  const mark = page.getByTestId('first-paint-map').locator(`[data-place-id="${placeId}"]:visible`);
  await expect(mark).toHaveCount(1);
  const box = (await mark.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('with no script at all, the page shows the map with its places and legend', async ({ page, places }) => {
  // Scripts answered empty: nothing runs, nothing fails.
  await page.route('**/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  await page.goto('./');
  const map = page.getByTestId('first-paint-map');
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('aria-label', 'Map of ICV designations in China');
  // Every place, once (each layout has its own group of marks; one shows).
  await expect(map.locator('[data-place-id]:visible')).toHaveCount(places.length);
  await expect(map.locator('[data-place-id="shanghai"]:visible')).toBeVisible();
  await expect(page.getByTestId('first-paint').getByText('South China Sea Islands')).toBeVisible();
  await expect(page.getByTestId('first-paint').getByText('National IoV pilot zones')).toBeVisible();
  // It is the built page itself, not something a script added.
  const html = await (await page.request.get('./')).text();
  expect(html).toContain('data-testid="first-paint-map"');
  expect(html).toContain('data-place-id="shanghai"');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(await page.evaluate(() => document.documentElement.dataset.mapReady)).toBeUndefined();
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [390, 844],
] as const) {
  test(`${width}×${height}: the WebGL map takes over with Shanghai on the same pixel`, async ({
    page,
    places,
  }) => {
    await page.setViewportSize({ width, height });
    const release = await holdScripts(page);
    // 'commit': the page's load event waits for the scripts held back.
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByTestId('first-paint-map')).toBeVisible();
    const before = await markCentre(page, 'shanghai');

    await release();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.mapReady ?? 'not ready'), {
        timeout: 30_000,
      })
      .toBe('true');
    await waitForMapIdle(page);
    const after = await pixelOf(page, placeById(places, 'shanghai').anchor);
    expect(Math.abs(after.x - before.x), `x: SVG ${before.x}, WebGL ${after.x}`).toBeLessThanOrEqual(4);
    expect(Math.abs(after.y - before.y), `y: SVG ${before.y}, WebGL ${after.y}`).toBeLessThanOrEqual(4);
    // Handed over: the first paint is gone, and the map is MapLibre's.
    await expect(page.getByTestId('first-paint')).toHaveCount(0);
    expect(await page.evaluate(() => typeof window.icvAtlas?.map?.getCanvas)).toBe('function');
  });
}
