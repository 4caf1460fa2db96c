// Hostile links in the browser: a representative part of the corpus (tests/fixtures/hostile-urls.ts,
// all of which the unit test runs through the codec) loads one after another in one page with no
// uncaught error and no console error (the fixture), the valid parts applied, a notice naming the
// rest, nothing injected, and a map that works (ready, a place clickable).
import { HOSTILE_URLS, type HostileUrl } from '../fixtures/hostile-urls';
import { expect, openAtlas, pixelOf, placeById, test, waitForMapIdle } from './fixtures';

/** Loaded in the browser; those marked true also get a click on Shanghai (the map still works). */
const IN_BROWSER: [why: string, click: boolean][] = [
  ['unknown place', true],
  ['a place named in Chinese', false],
  ['year far in the future', false],
  ['place twice', false],
  ['script tag as a place', true],
  ['image with onerror', false],
  ['an escaped surrogate half', false],
  ['a 6,000-character place', false],
  ['400 unknown scenarios beside a valid parameter', true],
  ['a full link with one bad value', false],
  ['a view far from China is still a view', false],
  ['slide past the last (clamped when played)', false],
];

const pick = (why: string): HostileUrl => {
  const h = HOSTILE_URLS.find((x) => x.why === why);
  if (!h) throw new Error(`no corpus entry "${why}"`);
  return h;
};

test('hostile links open a working atlas that says what it ignored', async ({ page, places }) => {
  test.setTimeout(IN_BROWSER.length * 30_000);
  // Any script a link managed to inject would call these.
  await page.addInitScript(() => {
    const w = window as unknown as { hostileCalls: string[] };
    w.hostileCalls = [];
    window.alert = (msg?: unknown) => void w.hostileCalls.push(String(msg));
  });
  const shanghai = placeById(places, 'shanghai');
  for (const [why, click] of IN_BROWSER) {
    const h = pick(why);
    await test.step(why, async () => {
      await openAtlas(page, `./${h.query}`);
      const notice = page.getByTestId('url-notice');
      if (h.reported.length) {
        await expect(notice).toBeVisible();
        await expect(notice).toContainText(h.reported[0]!);
        // A notice never widens the page or fills the screen.
        const box = (await notice.boundingBox())!;
        expect(box.height).toBeLessThan(200);
      } else await expect(notice).toHaveCount(0);
      expect(
        await page.evaluate(() => (window as unknown as { hostileCalls: string[] }).hostileCalls),
      ).toEqual([]);
      expect(
        await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth),
        'no sideways scrolling',
      ).toBe(true);

      const state = await page.evaluate(() => window.icvAtlas!.store.getState());
      if (h.applied !== 'ignored' && !h.applied.tour)
        for (const [k, v] of Object.entries(h.applied)) expect(state[k], `state.${k}`).toEqual(v);
      if (h.applied === 'ignored') expect(state.selectedPlaceId).toBeNull();

      // The map works: a click on Shanghai opens its panel.
      if (!click) return;
      const { x, y } = await pixelOf(page, shanghai.anchor);
      await page.mouse.click(x, y);
      await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'shanghai');
      await waitForMapIdle(page);
    });
  }
});
