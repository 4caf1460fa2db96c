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
  // Clicking a bar selects its place: the panel opens.
  await bars.first().getByRole('button').click();
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', barIds[0]!);
});
