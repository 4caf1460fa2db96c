// Without WebGL (old devices, locked-down browsers, GPU blocklists) the page still works: a clear
// message where the map would be, and the list, filter, search and panels all usable.
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

test('no WebGL: a clear message, and the places are still there to explore', async ({ page }) => {
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
});
