// Every screen: the whole of China is in the first view, clear of the cards and the inset; the
// selected place stays in the part of the map no card covers; resizing and closing re-frame China.
import type { Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, test, waitForMapIdle } from './fixtures';

/** China's extremes (and Taiwan, Hainan): all of them must be on screen for "the whole of China". */
const EXTREMES: Record<string, [number, number]> = {
  'Mohe (north)': [122.53, 52.97],
  'Fuyuan (east)': [134.28, 48.36],
  'Kashgar (west)': [75.99, 39.47],
  'Ngari (south-west)': [80.1, 32.5],
  'Sanya, Hainan (south)': [109.51, 18.25],
  'Hengchun, Taiwan (south-east)': [120.74, 22.0],
  'Jinghong, Yunnan (south)': [100.8, 22.0],
};

/** The element the user sees at a lon/lat: the map canvas if nothing covers that point. */
async function whatCovers(page: Page, lngLat: [number, number]) {
  const { x, y } = await pixelOf(page, lngLat);
  return page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px, py);
      if (!el) return `off screen (${px.toFixed(0)}, ${py.toFixed(0)})`;
      if (el === window.icvAtlas!.map!.getCanvas()) return 'map';
      return `${el.tagName.toLowerCase()}.${el.className} at (${px.toFixed(0)}, ${py.toFixed(0)})`;
    },
    [x, y] as const,
  );
}

async function expectWholeChina(page: Page) {
  for (const [name, ll] of Object.entries(EXTREMES))
    expect(await whatCovers(page, ll), `${name} is visible on the map`).toBe('map');
}

/** The part of the map area not under the rail or the place panel, as a fraction. */
async function freeMapFraction(page: Page) {
  const area = (await page.getByRole('region', { name: 'Map of ICV designations in China' }).boundingBox())!;
  let covered = 0;
  for (const card of [page.getByRole('navigation', { name: 'Layers' }), page.getByTestId('place-panel')]) {
    const r = (await card.isVisible()) ? await card.boundingBox() : null;
    if (!r) continue;
    const w = Math.min(r.x + r.width, area.x + area.width) - Math.max(r.x, area.x);
    const h = Math.min(r.y + r.height, area.y + area.height) - Math.max(r.y, area.y);
    covered += Math.max(0, w) * Math.max(0, h);
  }
  return 1 - covered / (area.width * area.height);
}

/** Every size from a small phone to a 4K screen, portrait and landscape. */
const SIZES = [
  [360, 640],
  [640, 360],
  [390, 844],
  [844, 390],
  [768, 1024],
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [2560, 1440],
  [3840, 2160],
] as const;

for (const [width, height] of SIZES) {
  test(`the whole of China is in the first view at ${width}×${height}, no place under a control`, async ({
    page,
    places,
  }) => {
    // SwiftShader draws a 4K canvas on the CPU: slow on a busy 2-core machine.
    const huge = width * height > 4_000_000;
    if (huge) test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await openAtlas(page, './', { timeout: huge ? 120_000 : 30_000 });
    await expectWholeChina(page);
    // The South China Sea inset is whole, on screen and not under another control.
    const inset = page.getByRole('figure', { name: /South China Sea/ });
    await expect(inset).toBeVisible();
    const box = (await inset.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    // (The inset lets the pointer through to the map, so overlap is measured, not hit-tested.)
    const overInset = await inset.evaluate((fig) => {
      const r = fig.getBoundingClientRect();
      const controls = document.querySelectorAll('button, input, select, a[href], [role="slider"]');
      return [...controls]
        .filter((el) => !fig.contains(el) && el.getClientRects().length > 0)
        .filter((el) => {
          const c = el.getBoundingClientRect();
          return c.left < r.right - 1 && c.right > r.left + 1 && c.top < r.bottom - 1 && c.bottom > r.top + 1;
        })
        .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30));
    });
    expect(overInset, 'controls over the inset').toEqual([]);
    // Every place is on the map, not under a card, a button or the legend.
    for (const p of places) expect(await whatCovers(page, p.anchor), `${p.id} is visible`).toBe('map');
    const scroll = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(scroll, 'no horizontal scrolling').toBeLessThanOrEqual(width);
  });
}

test('resizing the window re-frames China (unless the user moved the map)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openAtlas(page);
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(() => whatCovers(page, EXTREMES['Fuyuan (east)']!)).toBe('map');
  await waitForMapIdle(page);
  await expectWholeChina(page);
  // After the user zooms in, a resize leaves their view alone.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForMapIdle(page);
  const zoom = await page.evaluate(() =>
    (window.icvAtlas!.map as unknown as { getZoom(): number }).getZoom(),
  );
  await page.setViewportSize({ width: 800, height: 900 });
  await page.waitForTimeout(300);
  await waitForMapIdle(page);
  expect(
    await page.evaluate(() => (window.icvAtlas!.map as unknown as { getZoom(): number }).getZoom()),
  ).toBeCloseTo(zoom, 5);
  // "Show the whole of China" brings it all back.
  await page.getByTestId('fit-china').click();
  await waitForMapIdle(page);
  await expectWholeChina(page);
});

test('on a phone, a linked place shows above the sheet, and closing the sheet re-frames China', async ({
  page,
  places,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const shanghai = placeById(places, 'shanghai');
  await openAtlas(page, './?place=shanghai');
  const panel = page.getByTestId('place-panel');
  await expect(panel).toBeVisible();
  await waitForMapIdle(page);
  expect(await whatCovers(page, shanghai.anchor)).toBe('map');
  await panel.getByRole('button', { name: /close/i }).click();
  await expect(panel).toHaveCount(0);
  await waitForMapIdle(page);
  await expectWholeChina(page);
});

for (const [width, height] of [
  [1024, 768],
  [768, 1024],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} a selected place is in view and the map keeps over a third of the screen`, async ({
    page,
    places,
  }) => {
    await page.setViewportSize({ width, height });
    const shanghai = placeById(places, 'shanghai');
    await openAtlas(page);
    await expect(page.getByRole('navigation', { name: 'Layers' })).toBeVisible();
    await page
      .getByTestId('result-list')
      .getByRole('button', { name: /^Shanghai/ })
      .click();
    const panel = page.getByTestId('place-panel');
    await expect(panel).toBeVisible();
    await waitForMapIdle(page);
    // The rail and the panel never both cover the map here.
    await expect(page.getByRole('navigation', { name: 'Layers' })).toBeHidden();
    expect(await freeMapFraction(page)).toBeGreaterThan(0.4);
    expect(await whatCovers(page, shanghai.anchor)).toBe('map');
    // The zoom buttons sit beside the panel, not under it.
    const zoomIn = await page.getByRole('button', { name: 'Zoom in' }).boundingBox();
    const panelBox = await panel.boundingBox();
    expect(zoomIn!.x + zoomIn!.width, 'zoom buttons left of the panel').toBeLessThanOrEqual(panelBox!.x);
    // Opening the rail again hides the panel; closing it brings the panel back.
    await page.getByRole('button', { name: 'Layers', expanded: false }).click();
    await expect(page.getByRole('navigation', { name: 'Layers' })).toBeVisible();
    await expect(panel).toBeHidden();
    await page.getByRole('button', { name: 'Layers', expanded: true }).click();
    await expect(panel).toBeVisible();
  });
}
