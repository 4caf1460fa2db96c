// Links and history: the URL restores the view, Back / Forward move between places, and a bad link
// degrades to a working page with a visible notice.
import {
  expect,
  openAtlas,
  placeById,
  placesWithScenarios,
  resultButton,
  resultIds,
  scenarioCheckbox,
  test,
  waitForMapIdle,
} from './fixtures';

test('a deep link restores place, filter, metric and language', async ({ page, places }) => {
  const guangzhou = placeById(places, 'guangzhou');
  const expected = placesWithScenarios(places, ['robotaxi', 'avp'], 'all');
  expect(expected).toContain('guangzhou');

  await openAtlas(page, './?place=guangzhou&scenarios=robotaxi,avp&match=all&metric=openedTestRoads&lang=zh');

  const panel = page.getByTestId('place-panel');
  await expect(panel).toHaveAttribute('data-place-id', 'guangzhou');
  const title = panel.getByRole('heading', { level: 2 });
  await expect(title).toContainText('广州');
  await expect(title).toContainText(guangzhou.name.zh);
  // The whole UI is in Chinese.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
  await expect(page.getByRole('heading', { name: '应用场景', exact: true })).toBeVisible();
  await expect(page.getByTestId('lang-toggle')).toHaveText('EN');

  await expect(scenarioCheckbox(page, '自动驾驶出租车')).toBeChecked();
  await expect(scenarioCheckbox(page, 'AVP 自主代客泊车')).toBeChecked();
  await expect(scenarioCheckbox(page, '矿区')).not.toBeChecked();
  await expect(page.getByRole('radio', { name: '全部' })).toBeChecked();
  await expect(page.getByTestId('result-count')).toHaveText(String(expected.length));
  expect((await resultIds(page)).sort()).toEqual(expected);
  await expect(page.getByTestId('metric-select')).toHaveValue('openedTestRoads');
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  await expect(page).toHaveURL(
    /[?&]place=guangzhou&scenarios=robotaxi,avp&match=all&metric=openedTestRoads&lang=zh/,
  );
});

test('Back returns to the previously selected place', async ({ page, places }) => {
  await openAtlas(page);
  const panel = page.getByTestId('place-panel');
  const listButton = (id: string) => resultButton(page, placeById(places, id).name.en);

  await listButton('beijing').click();
  await expect(panel).toHaveAttribute('data-place-id', 'beijing');
  await expect(page).toHaveURL(/[?&]place=beijing(&|$)/);
  await waitForMapIdle(page);

  await listButton('wuhan').click();
  await expect(panel).toHaveAttribute('data-place-id', 'wuhan');
  await expect(listButton('wuhan')).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/[?&]place=wuhan(&|$)/);
  await waitForMapIdle(page);

  await page.goBack();
  await expect(panel).toHaveAttribute('data-place-id', 'beijing');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Beijing');
  await expect(page).toHaveURL(/[?&]place=beijing(&|$)/);
  await expect(listButton('beijing')).toHaveAttribute('aria-current', 'true');
  await waitForMapIdle(page);

  await page.goForward();
  await expect(panel).toHaveAttribute('data-place-id', 'wuhan');
  await expect(page).toHaveURL(/[?&]place=wuhan(&|$)/);
  await waitForMapIdle(page);
});

test('a link with bad values still opens, keeps the good ones and says what it ignored', async ({ page }) => {
  await openAtlas(page, './?place=atlantis&scenarios=mines,flying&view=abc');

  await expect(page.getByTestId('map-fallback')).toHaveCount(0);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('place=atlantis');
  await expect(notice).toContainText('scenarios=flying');
  await expect(notice).toContainText('view=abc');
  await expect(notice).not.toContainText('mines');

  await expect(page.getByTestId('place-panel')).toHaveCount(0);
  await expect(scenarioCheckbox(page, 'Mines')).toBeChecked();
  await expect(page.getByTestId('result-count')).toHaveText('2');
  expect((await resultIds(page)).sort()).toEqual(['jinan', 'shanghai']);

  // The address bar was canonicalised: the dropped values are gone, the good one stays.
  const params = new URL(page.url()).searchParams;
  expect(params.get('scenarios')).toBe('mines');
  expect(params.get('place')).toBeNull();
  expect(params.get('view') ?? '').not.toContain('abc');

  await notice.getByRole('button').click();
  await expect(notice).toHaveCount(0);

  // And the page still works.
  await resultButton(page, 'Jinan').click();
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'jinan');
  await waitForMapIdle(page);
});
