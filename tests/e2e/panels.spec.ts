// Panels and dialogs in a real browser: layout a DOM test cannot see (citation width, the legend dot's
// line) and a part of the atlas that fails to load, then loads on Retry.
import { expect, openAtlas, test } from './fixtures';

test('a citation opens readable wide; Esc closes the citation, then the panel', async ({ page }) => {
  await openAtlas(page, './?place=shanghai');
  const panel = page.getByTestId('place-panel');
  const licences = panel.locator('[data-figure="licences"]');
  const marker = licences.getByRole('button', { name: 'CAICV 2022' });
  const card = await licences.boundingBox();
  await marker.click();
  const citation = licences.getByRole('note');
  await expect(citation).toBeVisible();
  // The marker sits in a half-width figure card; the citation takes the panel's text column.
  const box = (await citation.boundingBox())!;
  const panelBox = (await panel.boundingBox())!;
  expect(box.width).toBeGreaterThan(card!.width * 1.8);
  expect(box.x).toBeGreaterThanOrEqual(panelBox.x);
  expect(box.x + box.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);

  await page.keyboard.press('Escape');
  await expect(citation).toHaveCount(0);
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]place=shanghai(&|$)/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('the no-scenario-data dot sits on its checkbox’s line', async ({ page }) => {
  await openAtlas(page);
  const checkbox = page.getByRole('checkbox', { name: 'Show places without scenario data' });
  const dot = (await page.getByTestId('no-data-dot').boundingBox())!;
  const box = (await checkbox.boundingBox())!;
  expect(Math.abs(dot.y + dot.height / 2 - (box.y + box.height / 2))).toBeLessThanOrEqual(3);
  expect(dot.x).toBeGreaterThan(box.x + box.width);
});

test('a part that fails to load says so in its place; Retry loads it', async ({ page, guard }) => {
  let attempts = 0;
  await page.route(/\/assets\/about-dialog-[^/]+\.js$/, (route) =>
    attempts++ === 0 ? route.abort('internetdisconnected') : route.fallback(),
  );
  await openAtlas(page);
  await page.getByRole('button', { name: 'About the data' }).click();
  const region = page.getByTestId('region-error-dialog');
  await expect(region).toContainText('This part of the atlas could not be loaded (network or file missing).');
  await expect(page.getByTestId('fatal-message')).toHaveCount(0);
  // The rest of the atlas works meanwhile.
  await page.getByRole('checkbox', { name: /Mines/ }).check();
  await expect(page.getByTestId('result-count')).toHaveText('2');

  await region.getByRole('button', { name: 'Retry' }).click();
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'places.csv', exact: true })).toBeVisible();
  expect(attempts).toBe(2);
  // The failed load is reported on the console (the browser's and React's); nothing else is.
  expect(guard.consoleErrors.length).toBeGreaterThan(0);
  expect(
    guard.consoleErrors.every((e) => /about-dialog|ERR_INTERNET_DISCONNECTED|Failed to load/i.test(e)),
  ).toBe(true);
  guard.consoleErrors.length = 0;
});
