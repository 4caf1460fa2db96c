// A lost WebGL context (a driver reset, too many tabs) never leaves a blank map: the atlas says so,
// draws the map again when the context comes back, and offers Retry when it does not.
import type { Page } from '@playwright/test';
import { expect, openAtlas, placeById, test } from './fixtures';

/** Loses (and, later, restores) the map's WebGL context through the WEBGL_lose_context extension. */
async function loseContext(page: Page) {
  await page.evaluate(() => {
    const gl = window.icvAtlas!.map!.getCanvas().getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { restoreMap: () => void }).restoreMap = () => ext.restoreContext();
    ext.loseContext();
  });
}

test('a lost context is restored: the map is drawn again and the selection is kept', async ({
  page,
  places,
}) => {
  await openAtlas(page, './?place=wuhan');
  await loseContext(page);
  await expect(page.getByRole('status').filter({ hasText: 'graphics were interrupted' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { restoreMap: () => void }).restoreMap());
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.mapReady), { timeout: 30_000 })
    .toBe('true');
  await expect(page.getByRole('status').filter({ hasText: 'graphics were interrupted' })).toHaveCount(0);
  // Nothing was lost: the panel is still open on Wuhan, and the new map shows it.
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'wuhan');
  const wuhan = placeById(places, 'wuhan');
  const { x, y } = await page.evaluate((ll) => window.icvAtlas!.map!.project(ll), wuhan.anchor);
  const size = await page.evaluate(() => {
    const c = window.icvAtlas!.map!.getCanvas();
    return { w: c.clientWidth, h: c.clientHeight };
  });
  expect(x > 0 && x < size.w && y > 0 && y < size.h).toBe(true);
});

test('a context that does not come back: a clear message, the SVG map, Retry, and the places list still works', async ({
  page,
}) => {
  await openAtlas(page);
  await loseContext(page);
  const fallback = page.getByTestId('map-fallback');
  await expect(fallback).toContainText('could not be restored', { timeout: 15_000 });
  // The rest of the atlas works without the map.
  await page
    .getByTestId('result-list')
    .getByRole('button', { name: /^Beijing/ })
    .click();
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'beijing');
  // The SVG map stays in the WebGL map's place: a click on a place opens it (at its centre: Wuxi's
  // rings overlap Shanghai's, and the nearest centre wins, as on the WebGL map).
  const mark = (await page.getByTestId('svg-map').locator('[data-place-id="shanghai"]').boundingBox())!;
  await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'shanghai');
  // Retry draws the map afresh (WebGL itself is fine here).
  await fallback.getByRole('button', { name: 'Try drawing the map again' }).click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.mapReady), { timeout: 30_000 })
    .toBe('true');
  await expect(page.getByTestId('map-fallback')).toHaveCount(0);
});
