// The analysis drawer in a real browser: the scenario matrix drives the shared filter (map and result
// list follow), the data table's CSV download, and a linked rankings view.
import { readFile } from 'node:fs/promises';
import { expect, openAtlas, placesWithScenarios, resultIds, test } from './fixtures';

test('matrix: clicking “Mines” filters the map and the result list to exactly Jinan and Shanghai', async ({
  page,
  places,
}) => {
  await openAtlas(page);
  await page.getByTestId('analysis-toggle').click();
  const drawer = page.getByTestId('analysis-view');
  await expect(drawer).toHaveAttribute('data-view', 'rankings');
  await page.getByRole('tab', { name: 'Scenario matrix' }).click();
  await expect(drawer).toHaveAttribute('data-view', 'matrix');
  await expect(page).toHaveURL(/[?&]analysis=matrix(&|$)/);

  const mines = drawer.locator('thead th[data-scenario="mines"]');
  await mines.getByRole('button', { name: 'Mines' }).click();
  await expect(mines.getByRole('button')).toHaveAttribute('aria-pressed', 'true');

  const expected = placesWithScenarios(places, ['mines'], 'any');
  expect(expected).toEqual(['jinan', 'shanghai']);
  // The rail's list stays in the page beside the open view, in sync with the filter.
  await expect.poll(async () => (await resultIds(page)).sort()).toEqual(expected);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  // The map dims the others: the store's filter is the one the layers read, and the link shares it.
  expect(await page.evaluate(() => window.icvAtlas!.store.getState().scenarios)).toEqual(['mines']);
  await expect(page).toHaveURL(/[?&]scenarios=mines(&|$)/);
  // Matching rows of the matrix stay bright; the others are faded.
  const bright = await drawer
    .getByTestId('matrix-rows')
    .locator('tr[data-place-id]:not(.dim)')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-place-id')).sort());
  expect(bright).toEqual(expected);

  // Esc closes the drawer and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('analysis-view')).toHaveCount(0);
  await expect(page).not.toHaveURL(/analysis=/);
  await expect(page.getByTestId('analysis-toggle')).toBeFocused();
});

test('data table: the CSV download has the open-data header and one row per place', async ({
  page,
  places,
}) => {
  await openAtlas(page, './?analysis=table');
  const view = page.getByTestId('analysis-view');
  await expect(view.getByTestId('table-rows').locator('tr[data-place-id]')).toHaveCount(places.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByTestId('download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe('places.csv');
  const text = await readFile((await download.path())!, 'utf8');
  const built = await (await page.request.get('data/places.csv')).text();
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  expect(lines[0]).toBe(built.replace(/^\uFEFF/, '').split('\n')[0]);
  expect(lines[0]!.split(',')).toContain('tested_mileage_unit_note');
  // No multi-line cells in this data: one line per place after the header.
  expect(lines).toHaveLength(places.length + 1);
  expect(text).toBe(built);
});

test('?analysis=rankings opens the bars in descending order, not-reported places apart', async ({
  page,
  places,
}) => {
  await openAtlas(page, './?analysis=rankings');
  const view = page.getByTestId('analysis-view');
  await expect(view).toHaveAttribute('data-view', 'rankings');
  const bars = view.getByTestId('rankings-bars').locator('li[data-place-id]');
  const values = await bars.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-value'))));
  expect(values.length).toBeGreaterThan(1);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const reporting = places
    .filter((p) => p.table3?.licences)
    .map((p) => p.id)
    .sort();
  const barIds = await bars.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-place-id')!));
  expect([...barIds].sort()).toEqual(reporting);
  const apart = await view
    .getByTestId('rankings-not-reported')
    .locator('[data-place-id]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-place-id')!));
  expect(apart.sort()).toEqual(
    places
      .filter((p) => !p.table3?.licences)
      .map((p) => p.id)
      .sort(),
  );
  // The drawer never hides the whole map: the map keeps the top of the stage.
  const drawer = (await page.getByTestId('analysis-drawer').boundingBox())!;
  const canvas = (await page.locator('canvas').first().boundingBox())!;
  expect(drawer.y - canvas.y).toBeGreaterThan(canvas.height * 0.4);
  // Dragging the top edge resizes the drawer.
  const handle = (await page.getByTestId('analysis-resize').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, handle.y - 150, { steps: 5 });
  await page.mouse.up();
  const resized = (await page.getByTestId('analysis-drawer').boundingBox())!;
  expect(resized.height).toBeGreaterThan(drawer.height + 100);
  // Clicking a bar selects its place: the panel opens.
  await bars.first().getByRole('button').click();
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', barIds[0]!);
});

test('the analysis views load on first use; a failed load says so in the drawer’s place and Retry loads them', async ({
  page,
  guard,
}) => {
  let attempts = 0;
  await page.route(/\/assets\/analysis-drawer-[^/]+\.js$/, (route) =>
    attempts++ === 0 ? route.abort('internetdisconnected') : route.fallback(),
  );
  await openAtlas(page);
  expect(attempts, 'not part of the initial load').toBe(0);
  await page.getByTestId('analysis-toggle').click();
  const region = page.getByTestId('region-error-analysis');
  await expect(region).toContainText('This part of the atlas could not be loaded');
  await expect(page.getByTestId('result-list')).toBeVisible();
  await region.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('analysis-view')).toHaveAttribute('data-view', 'rankings');
  expect(attempts).toBe(2);
  expect(
    guard.consoleErrors.every((e) => /analysis-drawer|ERR_INTERNET_DISCONNECTED|Failed to load/i.test(e)),
  ).toBe(true);
  guard.consoleErrors.length = 0;
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the drawer is a bottom sheet below the map, in 中文 too', async ({ page }) => {
    await openAtlas(page, './?lang=zh');
    await page.getByTestId('analysis-toggle').click();
    const view = page.getByTestId('analysis-view');
    await expect(view).toHaveAttribute('data-view', 'rankings');
    await page.getByRole('tab', { name: '场景矩阵' }).click();
    await expect(view.locator('thead th[data-scenario]')).toHaveCount(10);
    const sheet = (await page.getByTestId('analysis-drawer').boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(390);
    expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
    // The map keeps the top of the screen.
    const canvas = (await page.locator('canvas').first().boundingBox())!;
    expect(sheet.y - canvas.y).toBeGreaterThan(200);
    // Keyboard resizing: the sheet grows, and never covers the whole map.
    await page.getByTestId('analysis-resize').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowUp');
    const tall = (await page.getByTestId('analysis-drawer').boundingBox())!;
    expect(tall.height).toBeGreaterThan(sheet.height);
    expect(tall.y - canvas.y).toBeGreaterThanOrEqual(100);
  });
});
