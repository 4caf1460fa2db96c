// The designation timeline and the place comparison, driven as a user would. Expected sets come from
// the layers the build serves (data/*.geojson), not from numbers written here.
import type { APIRequestContext } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, resultIds, test, waitForMapIdle } from './fixtures';

const LAYER_FILES = {
  'national-test-zone': 'national-test-zones.geojson',
  'iov-pilot-zone': 'iov-pilot-zones.geojson',
  'double-smart-city': 'double-smart-cities.geojson',
  'vrc-pilot-city': 'vrc-pilot-cities-2024.geojson',
} as const;
type LayerId = keyof typeof LAYER_FILES;

interface Zone {
  layer: LayerId;
  place: string;
  designated: string | null;
}

async function zonesOf(request: APIRequestContext): Promise<Zone[]> {
  const zones: Zone[] = [];
  for (const [layer, file] of Object.entries(LAYER_FILES) as [LayerId, string][]) {
    const res = await request.get(`data/${file}`);
    expect(res.ok(), `the build serves data/${file}`).toBe(true);
    const body = (await res.json()) as { features: { properties: Omit<Zone, 'layer'> }[] };
    for (const f of body.features)
      zones.push({ layer, place: f.properties.place, designated: f.properties.designated });
  }
  return zones;
}

/** By the end of `year`: the dated designations of that year or before, and the undated ones. */
const asOf = (zones: Zone[], year: number) =>
  zones.filter((z) => z.designated === null || Number(z.designated.slice(0, 4)) <= year);
const placesAsOf = (zones: Zone[], year: number) =>
  [...new Set(asOf(zones, year).map((z) => z.place))].sort();

test('?year=2016 shows only what was designated by the end of 2016; stepping to 2017 adds places', async ({
  page,
  request,
}) => {
  const zones = await zonesOf(request);
  await openAtlas(page, './?year=2016');
  const control = page.getByTestId('year-control');
  await expect(control).toBeVisible();
  await expect(control.getByRole('slider')).toHaveValue('2016');

  const expected2016 = placesAsOf(zones, 2016);
  expect(expected2016.length).toBeLessThan(new Set(zones.map((z) => z.place)).size);
  await expect.poll(async () => (await resultIds(page)).sort()).toEqual(expected2016);
  await expect(page.getByTestId('result-count')).toHaveText(String(expected2016.length));

  // Legend counts: designated by then, and those with no date (shown in every year, named in a note).
  for (const layer of Object.keys(LAYER_FILES) as LayerId[]) {
    const of = zones.filter((z) => z.layer === layer);
    const dated = of.filter((z) => z.designated && Number(z.designated.slice(0, 4)) <= 2016).length;
    const undated = of.filter((z) => z.designated === null).length;
    const count = page.getByTestId(`layer-count-${layer}`);
    await expect(count).toHaveAttribute('data-dated', String(dated));
    await expect(count).toHaveAttribute('data-undated', String(undated));
  }
  if (zones.some((z) => z.designated === null))
    await expect(control.getByTestId('year-undated')).toContainText('Date unknown, shown in every year');

  await control.getByRole('button', { name: 'Next year' }).click();
  await expect(control.getByRole('slider')).toHaveValue('2017');
  await expect(page).toHaveURL(/[?&]year=2017\b/);
  const expected2017 = placesAsOf(zones, 2017);
  expect(expected2017.length).toBeGreaterThan(expected2016.length);
  await expect.poll(async () => (await resultIds(page)).sort()).toEqual(expected2017);

  // "All years" brings every place back and drops the parameter.
  await control.getByRole('button', { name: 'All years' }).click();
  await expect(page).not.toHaveURL(/year=/);
  await expect.poll(async () => (await resultIds(page)).length).toBe(new Set(zones.map((z) => z.place)).size);
});

test('an invalid year is dropped with a notice', async ({ page }) => {
  await openAtlas(page, './?year=2031');
  await expect(page.getByTestId('url-notice')).toContainText('year=2031');
  await expect(page).not.toHaveURL(/year=/);
});

test('?compare=shanghai,beijing shows 325 and 170 licences side by side, the map still in view', async ({
  page,
  places,
}) => {
  const shanghai = placeById(places, 'shanghai').table3!.licences;
  const beijing = placeById(places, 'beijing').table3!.licences;
  await openAtlas(page, './?compare=shanghai,beijing');
  const view = page.getByTestId('compare-view');
  await expect(view).toBeVisible();
  const licences = view.locator('tr[data-row="licences"]');
  await expect(licences.locator('td[data-place-id="shanghai"]')).toContainText(
    `${shanghai.published} licences`,
  );
  await expect(licences.locator('td[data-place-id="beijing"]')).toContainText(
    `${beijing.published} licences`,
  );
  // Side by side: the two cells share a row, Shanghai first.
  const a = (await licences.locator('td[data-place-id="shanghai"]').boundingBox())!;
  const b = (await licences.locator('td[data-place-id="beijing"]').boundingBox())!;
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(a.x).toBeLessThan(b.x);
  // The doubtful mileage unit is said in its row.
  await expect(view.locator('[data-note-for="testedMileage"]')).toContainText('Unit doubtful');
  // The map is not hidden: the view takes less than half of a 1920 px screen.
  const box = (await view.boundingBox())!;
  expect(box.width).toBeLessThan(960);
  // The rail's list stays in the page.
  await expect(page.getByTestId('result-list')).toBeVisible();
  // Esc closes it and clears the parameter.
  await page.getByRole('heading', { name: 'Compare places' }).press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
});

test('shift-click on the map adds a place to the comparison', async ({ page, places }) => {
  await openAtlas(page, './?compare=shanghai');
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await waitForMapIdle(page);
  const { x, y } = await pixelOf(page, placeById(places, 'chengdu').anchor);
  await page.keyboard.down('Shift');
  await page.mouse.click(x, y);
  await page.keyboard.up('Shift');
  await expect(page).toHaveURL(/[?&]compare=shanghai,chengdu\b/);
  await expect(page.getByTestId('compare-view').locator('thead th[data-place-id="chengdu"]')).toBeVisible();
  // Shift-click adds; it does not select.
  expect(await page.evaluate(() => window.icvAtlas!.store.getState().selectedPlaceId)).toBeNull();
});
