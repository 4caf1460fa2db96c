// Without WebGL (old devices, locked-down browsers, GPU blocklists) the page still works: the SVG map
// stays (its places clickable, following the layers and filter), a notice says why, and the list,
// filter, search and panels are all usable.
import { expect, resultButton, test } from './fixtures';

// Without a software rasteriser Chromium offers no WebGL2 at all (docs/headless-chromium.md).
test.use({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-software-rasterizer',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  },
});

test('no WebGL: a clear message, and the places are still there to explore', async ({ page, places }) => {
  await page.goto('./?scenarios=mines');
  expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);

  const fallback = page.getByTestId('map-fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('The interactive map needs WebGL');
  await expect(page.getByTestId('result-count')).toHaveText('2');

  await resultButton(page, 'Jinan').click();
  const panel = page.getByTestId('place-panel');
  await expect(panel).toHaveAttribute('data-place-id', 'jinan');
  await expect(panel.getByTestId('scenarios')).toContainText('Mines');
  await expect(page).toHaveURL(/[?&]place=jinan(&|$)/);

  // The SVG map stays, one mark per place of the visible layers; a click on a mark opens its panel.
  const map = page.getByTestId('svg-map');
  await expect(map.getByRole('img', { name: 'Map of ICV designations in China' })).toBeVisible();
  await expect(map.locator('[data-place-id]')).toHaveCount(places.length);
  await map.locator('[data-place-id="wuhan"]').click();
  await expect(panel).toHaveAttribute('data-place-id', 'wuhan');
  await expect(page).toHaveURL(/[?&]place=wuhan(&|$)/);

  // The layers decide which marks are drawn (places only in the 2024 VRC layer go with it).
  const vrcOnly = places.filter((p) => p.layers.length === 1 && p.layers[0] === 'vrc-pilot-city');
  expect(vrcOnly.length).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: /^Vehicle-road-cloud/ }).uncheck();
  await expect(map.locator('[data-place-id]')).toHaveCount(places.length - vrcOnly.length);
  await expect(map.locator(`[data-place-id="${vrcOnly[0]!.id}"]`)).toHaveCount(0);
});
