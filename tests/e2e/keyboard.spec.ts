// Keyboard alone: Tab reaches search, the scenario filter, the places list and the map, each with a
// visible focus ring; on the map the arrow keys move between places and Enter opens one, whose
// panel's heading takes focus; Esc closes it and focus goes back to the map; live regions say what
// changed; less motion asked for means no transitions.
import type { Locator, Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, scenarioCheckbox, test, type PlaceRecord } from './fixtures';

/** Is the map's own canvas the focused element? */
const mapFocused = (page: Page) =>
  page.evaluate(() => document.activeElement === window.icvAtlas!.map!.getCanvas());

/** What has focus, in words a failure message can show. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'nothing';
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });

/** The focus ring as drawn: outline style and width of the focused element. */
const outlineOf = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
  });

/** Tab until `isTarget` holds for the focused element; fails after `max` presses. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, what: string, max = 120) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
    seen.push(await focusedName(page));
  }
  throw new Error(`Tab never reached ${what}; went through: ${seen.join(' → ')}`);
}
const isFocused = (l: Locator) => () => l.evaluate((el) => el === document.activeElement);

const keyboardPlace = (page: Page) =>
  page.evaluate(() => window.icvAtlas!.store.getState().keyboardPlaceId as string | null);
/** A place's x on screen, from its anchor as the map projects it. */
const screenX = async (page: Page, places: PlaceRecord[], id: string) =>
  (await pixelOf(page, placeById(places, id).anchor)).x;

test('Tab from the start of the page reaches search, the filter, the places list and the map, with a visible ring', async ({
  page,
}) => {
  await openAtlas(page);
  const search = page.getByTestId('search-input');
  const filter = scenarioCheckbox(page, 'Ports');
  const place = page.getByTestId('result-list').getByRole('button').first();
  await page.locator('body').focus();
  for (const [what, target] of [
    ['the search box', search],
    ['the scenario filter', filter],
  ] as const) {
    await tabTo(page, isFocused(target), what);
    const ring = await outlineOf(page);
    // A checkbox draws its ring on its own box; a text field on its border.
    expect(ring.style, `${what} shows a focus ring`).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  }
  await tabTo(page, isFocused(place), 'the places list');
  expect((await outlineOf(page)).style, 'a place in the list shows a focus ring').toBe('solid');
  // The map comes before the rail in the page; Tab wraps round to it.
  await tabTo(page, () => mapFocused(page), 'the map');
  expect((await outlineOf(page)).style, 'the map shows a focus ring').toBe('solid');
  const canvas = page.getByRole('region', { name: 'Places on the map' });
  await expect(canvas).toHaveAttribute('aria-roledescription', 'interactive map');
  await expect(canvas).toHaveAccessibleDescription(/Arrow keys move between the places/);
});

test('arrow keys move between places on the map, Enter opens one, Esc closes it and focus returns', async ({
  page,
  places,
}) => {
  await openAtlas(page);
  const announcer = page.getByTestId('live-announcer');
  const ring = page.getByTestId('map-keyboard-focus');
  await page.evaluate(() => window.icvAtlas!.map!.getCanvas().focus());
  expect(await mapFocused(page)).toBe(true);
  await expect(ring).toHaveCount(0);

  // The first arrow rings a place and names it.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => keyboardPlace(page)).not.toBeNull();
  const first = (await keyboardPlace(page))!;
  await expect(ring).toHaveAttribute('data-place-id', first);
  await expect(ring).toBeVisible();
  const firstName = await page.evaluate(
    (id) =>
      document
        .querySelector(`[data-testid="result-list"] [data-place-id="${id}"] .result-name`)!
        .firstChild!.textContent!.trim(),
    first,
  );
  await expect(announcer).toContainText(firstName);

  // Right again: another place, further right on screen.
  const x1 = await screenX(page, places, first);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => keyboardPlace(page)).not.toBe(first);
  const second = (await keyboardPlace(page))!;
  expect(await screenX(page, places, second)).toBeGreaterThan(x1);
  // Left comes back to a place to the left of it.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => keyboardPlace(page)).not.toBe(second);
  const third = (await keyboardPlace(page))!;
  expect(await screenX(page, places, third)).toBeLessThan(await screenX(page, places, second));

  // Enter opens the focused place; its panel's heading has focus and the selection is announced.
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('place-panel');
  await expect(panel).toHaveAttribute('data-place-id', third);
  const heading = panel.getByRole('heading', { level: 2 }).first();
  await expect(heading).toBeFocused();
  await expect(announcer).toContainText(/selected/);

  // Esc closes it and focus goes back to the map, on the place it had reached (ringed and named again).
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect.poll(() => mapFocused(page)).toBe(true);
  await expect(ring).toHaveAttribute('data-place-id', third);
  await expect(announcer).toContainText('Enter opens it');
});

test('the live regions change on selection, on the scenario filter and on a search', async ({ page }) => {
  await openAtlas(page);
  const summary = page.getByTestId('result-summary');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  const before = await summary.textContent();
  await scenarioCheckbox(page, 'Ports').press('Space');
  await expect(summary).not.toHaveText(before!);
  await expect(summary).toContainText('places match');

  await page.getByTestId('result-list').getByRole('button').first().press('Enter');
  await expect(page.getByTestId('live-announcer')).toContainText('selected');
  // The panel takes focus once it has loaded; then Esc closes it, which is said too.
  await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('live-announcer')).toHaveText('Place closed');

  const search = page.getByTestId('search-input');
  await search.focus();
  await page.keyboard.type('shang');
  await expect(page.getByTestId('search-count')).toHaveText(/^\d+ match/);
  await page.keyboard.type('zzzz');
  await expect(page.getByTestId('search-count')).toHaveText('No match');
});

test('Esc closes one thing at a time: the analysis drawer, then the place panel', async ({ page }) => {
  await openAtlas(page, './?place=shanghai&analysis=rankings');
  const drawer = page.getByRole('tabpanel');
  const panel = page.getByTestId('place-panel');
  await expect(drawer).toBeVisible();
  await expect(panel).toBeVisible();
  await drawer.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('with less motion asked for, nothing transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAtlas(page, './?place=shanghai');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => getComputedStyle(el))
      .flatMap((s) => [s.transitionDuration, s.animationDuration])
      .flatMap((d) => d.split(',').map((x) => Number.parseFloat(x)))
      .filter((d) => d > 0),
  );
  expect(durations).toEqual([]);
});
