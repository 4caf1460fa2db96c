// "Export this view": real file downloads named after the view, for exactly what is on screen.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openAtlas, resultIds, test, waitForMapIdle } from './fixtures';
import { decodeQr, distinctColours, readPng } from './png';

const DAY = /\d{4}-\d{2}-\d{2}/.source;

async function exportFile(page: Page, testId: string) {
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

test('PNG for a slide: 1920×1080, drawn, and its QR code opens this view', async ({ page }) => {
  await openAtlas(page, './?place=shanghai&scenarios=mines,ports');
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'shanghai');
  await waitForMapIdle(page);

  const png = await exportFile(page, 'export-png');
  expect(png.name).toMatch(new RegExp(`^icv-atlas_shanghai_ports-mines_${DAY}\\.png$`));
  const image = await readPng(png.path);
  expect([image.width, image.height]).toEqual([1920, 1080]);
  expect(distinctColours(image), 'distinct colours in the slide').toBeGreaterThan(500);
  expect(decodeQr(image), 'the QR code decodes to the page address').toBe(page.url());
  await expect(page.getByTestId('export-status')).toContainText(png.name);

  // The map is back to normal after the export: still ready, and the panel still open.
  await expect(page.getByTestId('place-panel')).toBeVisible();
  await waitForMapIdle(page);
});

test('PNG at 2×: 3840×2160 with the same view', async ({ page }) => {
  await openAtlas(page, './?place=wuhan');
  const png = await exportFile(page, 'export-png-2x');
  expect(png.name).toMatch(new RegExp(`^icv-atlas_wuhan_${DAY}_3840x2160\\.png$`));
  const image = await readPng(png.path);
  expect([image.width, image.height]).toEqual([3840, 2160]);
  expect(distinctColours(image)).toBeGreaterThan(500);
  expect(decodeQr(image)).toBe(page.url());
});

test('CSV of the filtered places, SVG of the map and the citation, one click each', async ({ page }) => {
  await openAtlas(page);
  await page.locator('input[data-scenario="ports"]').check();
  await expect(page).toHaveURL(/scenarios=ports/);
  const count = Number(await page.getByTestId('result-count').textContent());
  const listed = (await resultIds(page)).sort();
  expect(listed).toHaveLength(count);

  const csv = await exportFile(page, 'export-csv');
  expect(csv.name).toMatch(new RegExp(`^icv-atlas_ports_${DAY}\\.csv$`));
  const rows = (await readFile(csv.path, 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  expect(rows[0]).toMatch(/^place_id,name_en,name_zh,kind,province_en,/);
  expect(
    rows
      .slice(1)
      .map((r) => r.split(',')[0])
      .sort(),
  ).toEqual(listed);

  const svg = await exportFile(page, 'export-svg');
  expect(svg.name).toMatch(new RegExp(`^icv-atlas_ports_${DAY}\\.svg$`));
  const svgText = await readFile(svg.path, 'utf8');
  expect(svgText).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080"');
  for (const id of listed) expect(svgText).toContain(`data-place-id="${id}"`);

  const cite = await exportFile(page, 'export-citation');
  expect(cite.name).toMatch(new RegExp(`^icv-atlas_ports_${DAY}_citation\\.txt$`));
  const citation = await readFile(cite.path, 'utf8');
  expect(citation).toContain(page.url());
  expect(citation).toContain('The emerging intelligent and connected vehicle industry in China');
});

test('the menu works from the keyboard, Esc closes it, and its code loads only when opened', async ({
  page,
}) => {
  await openAtlas(page);
  // The export code and the QR library are a separate chunk (src/export/run.ts), not in the first load.
  const exportChunks = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\/run-[\w-]+\.js$/.test(n)),
    );
  expect(await exportChunks()).toEqual([]);
  const button = page.getByTestId('export-button');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(page.getByTestId('export-png')).toBeFocused();
  await expect.poll(exportChunks).toHaveLength(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-csv')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
});
