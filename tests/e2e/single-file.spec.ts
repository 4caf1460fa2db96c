// The offline single file (npm run build writes dist/icv-atlas-offline.html): one self-contained HTML
// file that opens from file:// with every request but its own file blocked.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, openAtlas, pixelOf, placeById, test } from './fixtures';
import { distinctColours, readPng } from './png';

const FILE = resolve('dist/icv-atlas-offline.html');
const FILE_URL = pathToFileURL(FILE).href;
/** The budget for the one file, uncompressed. */
const BUDGET = 3 * 1024 * 1024;

test.use({ allowedUrls: [FILE_URL] });

test('the single file is within 3 MB and loads nothing from beside it', async () => {
  const { size } = await stat(FILE);
  console.log(`dist/icv-atlas-offline.html: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
  expect(size, 'size of the single file').toBeLessThanOrEqual(BUDGET);
  const html = await readFile(FILE, 'utf8');
  // No script, stylesheet, image or font file referenced: everything is inline.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
  expect(html).not.toMatch(/<link[^>]*rel="?(?:stylesheet|modulepreload|preload)/i);
  expect(html).not.toMatch(/url\(\s*["']?(?!data:|#)[^)"'\s]+\.(?:woff2?|ttf|otf|png|jpe?g|svg)/i);
});

test('opens from file:// with the network blocked; a click on Shanghai shows its panel', async ({
  page,
  context,
  places,
}) => {
  // Stricter than the fixture: the page may fetch nothing at all but its own file.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route(
    (url) => url.href.replace(/[?#].*$/, '') !== FILE_URL && !/^(data|blob):/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );

  await openAtlas(page, FILE_URL);
  const shanghai = placeById(places, 'shanghai');
  const { x, y } = await pixelOf(page, shanghai.anchor);
  await page.mouse.click(x, y);
  const panel = page.getByTestId('place-panel');
  await expect(panel).toHaveAttribute('data-place-id', 'shanghai');
  await expect(panel.locator('[data-figure="openedTestRoads"] .figure-number')).toHaveText('1,289.83 km');
  await expect(panel.locator('[data-figure="licences"] .figure-number')).toHaveText('325 licences');
  await expect(page).toHaveURL(/[?&]place=shanghai(&|$)/);

  // Filter, search and export work offline too.
  await page.locator('input[data-scenario="mines"]').check();
  await expect(page.getByTestId('result-count')).toHaveText('2');
  await page.getByTestId('search-input').fill('无锡');
  await page.getByTestId('search-input').press('Enter');
  await expect(panel).toHaveAttribute('data-place-id', 'wuxi');

  await page.getByTestId('export-button').click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const image = await readPng(await png.path());
  expect([image.width, image.height]).toEqual([1920, 1080]);
  expect(distinctColours(image)).toBeGreaterThan(500);

  // The open-data downloads are made in the browser: the same bytes as the build's data/places.csv.
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByTestId('offline-download'), 'no offline link inside the offline file').toHaveCount(
    0,
  );
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'places.csv' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('places.csv');
  expect(await readFile(await csv.path(), 'utf8')).toBe(
    await readFile(resolve('dist/data/places.csv'), 'utf8'),
  );

  expect(requests.filter((u) => u.replace(/[?#].*$/, '') !== FILE_URL && !/^(data|blob):/.test(u))).toEqual(
    [],
  );
});

test('from file://, the presenter view opens and keys in it move the tour', async ({ page, context }) => {
  await openAtlas(page, `${FILE_URL}?tour=default&slide=1`);
  await expect(page.getByTestId('tour-progress')).toHaveText(/^1 \/ \d+$/);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('region', { name: 'Tour slide' }).getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const caption = page.getByTestId('tour-caption').getByRole('heading');
  await expect(popup.getByTestId('presenter-current')).toContainText((await caption.textContent())!);
  // Styled by the single file's inlined stylesheet.
  await expect
    .poll(() => popup.getByTestId('presenter-view').evaluate((el) => getComputedStyle(el).display))
    .toBe('grid');
  const next = (await popup.getByTestId('presenter-next').textContent())!;
  await popup.keyboard.press('PageDown');
  await expect(page.getByTestId('tour-progress')).toHaveText(/^2 \//);
  await expect(caption).toHaveText(next);
  await page.keyboard.press('PageDown');
  await expect(popup.getByTestId('presenter-progress')).toHaveText(/^3 \//);
});
