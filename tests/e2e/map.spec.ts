// The map, the place panel, the scenario filter and search, driven as a user would.
import path from 'node:path';
import {
  expect,
  openAtlas,
  pixelOf,
  placeById,
  placesWithScenarios,
  resultIds,
  scenarioCheckbox,
  test,
  waitForMapIdle,
} from './fixtures';

test('clicking Shanghai on the map opens its panel with the Table 3 figures as printed', async ({
  page,
  places,
}, testInfo) => {
  const shanghai = placeById(places, 'shanghai');
  // The shipped data must hold what Table 3 of the paper prints for Shanghai.
  expect(shanghai.table3?.openedTestRoads).toMatchObject({
    published: '1289.83',
    value: 1289.83,
    unit: 'km',
  });
  expect(shanghai.table3?.testedMileage).toMatchObject({ published: '656.20', value: 656.2, unit: 'km' });
  expect(shanghai.table3?.testedMileage?.unitNote, 'the mileage carries a unit caveat').toBeTruthy();
  expect(shanghai.table3?.licences).toMatchObject({ published: '325', value: 325 });
  expect(shanghai.table3?.testSubjects).toEqual(['Didi', 'SAIC', 'AutoX']);

  await openAtlas(page);
  const panel = page.getByTestId('place-panel');
  await expect(panel).toHaveCount(0);

  const { x, y } = await pixelOf(page, shanghai.anchor);
  // The point must be on the map canvas itself (not under the rail, top bar or another control).
  const onCanvas = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px, py) === window.icvAtlas!.map!.getCanvas(),
    [x, y] as const,
  );
  expect(onCanvas, `Shanghai's marker at (${x.toFixed(0)}, ${y.toFixed(0)}) is on the map canvas`).toBe(true);
  // A plain click straight after load selects (the app warms up deck.gl picking before map-ready).
  await page.mouse.click(x, y);
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-place-id', 'shanghai');
  const title = panel.getByRole('heading', { level: 2 });
  await expect(title).toContainText('Shanghai');
  await expect(title).toContainText('上海');
  await expect(page).toHaveURL(/[?&]place=shanghai(&|$)/);

  const figure = (id: string) => panel.getByTestId(`figure-${id}`);
  const value = (id: string) => figure(id).getByTestId('figure-value');
  await expect(value('openedTestRoads')).toHaveText('1,289.83 km');
  await expect(value('testedMileage')).toHaveText('656.20 km');
  await expect(value('licences')).toHaveText('325 licences');
  await expect(value('testSubjects')).toHaveText('Didi, SAIC, AutoX');

  // The tested-mileage unit warning: a visible ⚠ whose explanation shows on hover.
  const warning = figure('testedMileage').getByRole('button', { name: 'Note' });
  await expect(warning).toBeVisible();
  const caveat = figure('testedMileage').getByRole('tooltip');
  await expect(caveat).toContainText('very probably in units of 10,000 km');
  await expect(figure('openedTestRoads').getByRole('button', { name: 'Note' })).toHaveCount(0);
  // …and, without a click, the printed unit marked doubtful and the likely reading beside it.
  const plain = figure('testedMileage').getByTestId('figure-caveat');
  await expect(plain).toBeVisible();
  await expect(plain).toContainText('unit as printed: km, doubtful');
  await expect(plain.getByTestId('likely-reading')).toHaveText('≈ 6.562 million km if the unit is 10,000 km');
  await expect(figure('openedTestRoads').getByTestId('figure-caveat')).toHaveCount(0);

  // Let the camera settle (the panel may ease the map), then keep a screenshot as an artefact.
  await waitForMapIdle(page);
  const shot = path.join(
    path.dirname(testInfo.config.configFile!),
    'test-results',
    'atlas-shanghai-1920.png',
  );
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('atlas-shanghai-1920', { path: shot, contentType: 'image/png' });

  // Pointing at a marker: pointer cursor and a tooltip naming the place.
  const beijing = placeById(places, 'beijing');
  const b = await pixelOf(page, beijing.anchor);
  await page.mouse.move(b.x - 30, b.y - 30);
  await page.mouse.move(b.x, b.y, { steps: 4 });
  // The map's hover tooltip (the panel's note is a tooltip too, about Shanghai's mileage).
  const tooltip = page.getByRole('tooltip').filter({ hasText: 'Beijing' });
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip).toBeVisible();
  // MapLibre's canvas is the region named "Places on the map" (inside the atlas's own map region).
  await expect(page.getByRole('region', { name: 'Places on the map', exact: true })).toHaveCSS(
    'cursor',
    'pointer',
  );

  await warning.hover();
  await expect.poll(() => caveat.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');

  // Esc closes the panel and the selection leaves the URL.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/place=/);
});

test('the scenario filter keeps exactly the places Table 4 lists', async ({ page, places }) => {
  // Table 4 of the paper: mines are reported by Shanghai and Jinan only, and both also report ports.
  expect(placesWithScenarios(places, ['mines'], 'any')).toEqual(['jinan', 'shanghai']);
  expect(placesWithScenarios(places, ['mines', 'ports'], 'all')).toEqual(['jinan', 'shanghai']);
  const minesOrPorts = placesWithScenarios(places, ['mines', 'ports'], 'any');
  expect(minesOrPorts.length).toBeGreaterThan(2);
  const total = places.length;

  await openAtlas(page);
  const count = page.getByTestId('result-count');
  await expect(count).toHaveText(String(total));
  expect(await resultIds(page)).toHaveLength(total);
  await expect(page.getByTestId('scenario-count-mines')).toHaveText('2');

  const mines = scenarioCheckbox(page, 'Mines');
  const ports = scenarioCheckbox(page, 'Ports');
  await mines.check();
  await expect(count).toHaveText('2');
  await expect(page.getByTestId('result-summary')).toContainText(`2 of ${total} places match`);
  expect((await resultIds(page)).sort()).toEqual(['jinan', 'shanghai']);
  await expect(page).toHaveURL(/[?&]scenarios=mines(&|$)/);

  // "Any": adding ports widens the result.
  await ports.check();
  await expect(count).toHaveText(String(minesOrPorts.length));
  expect((await resultIds(page)).sort()).toEqual(minesOrPorts);

  // "All": only places with both.
  // The radio itself is visually hidden inside its label, which is what a user clicks.
  await page.getByRole('radiogroup', { name: 'Match' }).getByText('All selected').click();
  await expect(page.getByRole('radio', { name: 'All selected' })).toBeChecked();
  await expect(count).toHaveText('2');
  expect((await resultIds(page)).sort()).toEqual(['jinan', 'shanghai']);
  await expect(page).toHaveURL(/[?&]scenarios=ports,mines&match=all(&|$)/);

  // Clearing restores every place.
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(mines).not.toBeChecked();
  await expect(ports).not.toBeChecked();
  await expect(count).toHaveText(String(total));
  expect(await resultIds(page)).toHaveLength(total);
  await expect(page).not.toHaveURL(/scenarios=/);
});

test('search finds places by Chinese name and by toneless pinyin', async ({ page, places }) => {
  const wuxi = placeById(places, 'wuxi');
  const xian = placeById(places, 'xian');
  await openAtlas(page);
  const input = page.getByTestId('search-input');
  const panel = page.getByTestId('place-panel');

  await input.fill('无锡');
  await expect(page.getByRole('option').first()).toHaveAttribute('data-place-id', 'wuxi');
  await input.press('Enter');
  await expect(panel).toHaveAttribute('data-place-id', 'wuxi');
  const title = panel.getByRole('heading', { level: 2 });
  await expect(title).toContainText(wuxi.name.en);
  await expect(page).toHaveURL(/[?&]place=wuxi(&|$)/);
  await waitForMapIdle(page);
  // The camera flew there: zoomed in, with Wuxi in the part of the map the panels leave free.
  const view = await page.evaluate((ll) => {
    const m = window.icvAtlas!.map! as unknown as {
      getZoom(): number;
      project(l: [number, number]): { x: number };
    };
    return { zoom: m.getZoom(), x: m.project(ll).x };
  }, wuxi.anchor);
  expect(view.zoom).toBeGreaterThanOrEqual(5.9);
  const panelBox = (await panel.boundingBox())!;
  expect(view.x).toBeGreaterThan(340);
  expect(view.x).toBeLessThan(panelBox.x);

  await input.fill('xian');
  await input.press('Enter');
  await expect(panel).toHaveAttribute('data-place-id', 'xian');
  await expect(title).toContainText(xian.name.en);
  await expect(title).toContainText(xian.name.zh);
  await expect(page).toHaveURL(/[?&]place=xian(&|$)/);
  await waitForMapIdle(page);
});
