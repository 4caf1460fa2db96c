// The main journeys at a phone, a tablet, a laptop and a desktop size, one page per size: search a
// place → its panel → the scenario filter → an analysis view → the export menu → a tour started and
// ended → About the data. Every control is reachable and the page never scrolls sideways.
import type { Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, placesWithScenarios, test, waitForMapIdle } from './fixtures';

async function noSidewaysScroll(page: Page, step: string) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(scroll, `no horizontal scrolling (${step})`).toBeLessThanOrEqual(inner);
}

for (const [width, height] of [
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`main journey at ${width}×${height}`, async ({ page, places }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await openAtlas(page);
    await noSidewaysScroll(page, 'first view');

    // Search a place: its panel opens and the place is on the map, not under a card.
    const wuhan = placeById(places, 'wuhan');
    await page.getByTestId('search-input').fill('Wuhan');
    await page.getByTestId('search-input').press('Enter');
    const panel = page.getByTestId('place-panel');
    await expect(panel).toHaveAttribute('data-place-id', 'wuhan');
    await waitForMapIdle(page);
    const { x, y } = await pixelOf(page, wuhan.anchor);
    expect(
      await page.evaluate(
        ([px, py]) => document.elementFromPoint(px, py) === window.icvAtlas!.map!.getCanvas(),
        [x, y] as const,
      ),
      'Wuhan is on the map, above or beside the panel',
    ).toBe(true);
    await noSidewaysScroll(page, 'place panel');

    // The scenario filter (in the rail, opened from the top bar where the panel shares the screen).
    const mines = page.getByRole('checkbox', { name: /^Mines/ });
    if (!(await mines.isVisible()))
      await page.getByRole('button', { name: 'Layers', expanded: false }).click();
    await mines.check();
    await expect(page.getByTestId('result-count')).toHaveText(
      String(placesWithScenarios(places, ['mines'], 'any').length),
    );
    await mines.uncheck();
    const railClose = page.getByRole('button', { name: 'Layers', expanded: true });
    if (width < 1280 && (await railClose.isVisible())) await railClose.click();

    // An analysis view.
    await page.getByTestId('analysis-toggle').click();
    await expect(page.getByTestId('analysis-view')).toBeVisible();
    await page.getByRole('tab', { name: 'Scenario matrix' }).click();
    await expect(page.getByTestId('analysis-view')).toHaveAttribute('data-view', 'matrix');
    await noSidewaysScroll(page, 'analysis');
    await page.getByRole('button', { name: 'Close the analysis' }).click();
    await expect(page.getByTestId('analysis-view')).toHaveCount(0);

    // The export menu.
    await page.getByTestId('export-button').click();
    await expect(page.getByTestId('export-png')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('export-png')).toBeHidden();

    // A tour, started and ended.
    await page.getByRole('banner').getByRole('button', { name: 'Present the default tour' }).click();
    await expect(page.getByTestId('tour-progress')).toHaveText(/^1 \/ \d+$/);
    await page.getByRole('button', { name: 'Next slide' }).click();
    await expect(page.getByTestId('tour-progress')).toHaveText(/^2 \/ \d+$/);
    await noSidewaysScroll(page, 'tour');
    await page.getByRole('region', { name: 'Tour slide' }).getByRole('button', { name: 'End tour' }).click();
    await expect(page.getByTestId('tour-caption')).toHaveCount(0);

    // About the data, with its downloads.
    await page.getByRole('banner').getByRole('button', { name: 'About the data' }).click();
    const about = page.getByRole('dialog', { name: 'About the data' });
    await expect(about).toBeVisible();
    await expect(about.getByRole('link', { name: 'places.csv', exact: true })).toHaveAttribute(
      'href',
      'data/places.csv',
    );
    await noSidewaysScroll(page, 'About');
  });
}
