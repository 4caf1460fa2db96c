// Conference mode: ?theme=projector at 1920×1080 is legible from the back of a hall (body text ≥ 24 px,
// titles ≥ 40 px, place labels ≥ 20 px), keeps the legend on the map when the rail is collapsed, and
// survives a reload; the light theme keeps today's sizes.
import type { Locator, Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, resultButton, test, waitForMapIdle } from './fixtures';

const px = (l: Locator) => l.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
/** The place-label size the map draws with (the token the layer model reads, written as CSS). */
const mapLabelSize = (page: Page) =>
  page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--map-label-size')),
  );
const seaColour = (page: Page) =>
  page.evaluate(() =>
    (window.icvAtlas!.map as unknown as { getPaintProperty(l: string, p: string): string }).getPaintProperty(
      'sea',
      'background-color',
    ),
  );

const rail = (page: Page) => page.getByRole('navigation', { name: 'Layers' });
const layerLabel = (page: Page) =>
  rail(page).getByText('National IoV pilot zones', { exact: true }).locator('xpath=ancestor::label');

test.describe('projector theme at 1920×1080', () => {
  test('body text, titles and place labels are large enough to read in a hall', async ({ page }) => {
    await openAtlas(page, './?theme=projector');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    // Rail body text: a layer's name and a place in the list.
    expect(await px(layerLabel(page))).toBeGreaterThanOrEqual(24);
    expect(await px(resultButton(page, 'Shanghai'))).toBeGreaterThanOrEqual(24);
    expect(await px(page.getByRole('heading', { level: 1 }))).toBeGreaterThanOrEqual(40);
    expect(await mapLabelSize(page)).toBeGreaterThanOrEqual(20);

    await openAtlas(page, './?theme=projector&place=shanghai');
    const panel = page.getByRole('complementary').filter({ has: page.getByRole('heading', { level: 2 }) });
    const title = page.getByRole('heading', { level: 2, name: /Shanghai/ });
    await expect(title).toBeVisible();
    expect(await px(title)).toBeGreaterThanOrEqual(40);
    expect(await px(page.getByText('Opened test roads', { exact: true }))).toBeGreaterThanOrEqual(20);
    expect(await px(panel.first())).toBeGreaterThanOrEqual(24);
  });

  test('the legend stays on the map with the rail collapsed, and the theme survives a reload', async ({
    page,
  }) => {
    await openAtlas(page, './?theme=projector');
    const legend = page.getByTestId('map-legend');
    // The rail holds the legend while it is open.
    await expect(legend).toHaveCount(0);
    await page.getByRole('button', { name: 'Layers' }).click();
    await expect(rail(page)).toBeHidden();
    await expect(legend).toBeVisible();
    await expect(legend.getByText('National IoV pilot zones')).toBeVisible();
    await expect(legend.getByText(/Centre size/)).toBeVisible();
    const box = (await legend.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1920);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    // Beside the zoom buttons, not over them.
    const zoomIn = (await page.getByRole('button', { name: 'Zoom in' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(zoomIn.x);
    // Legend text is projector-sized too.
    expect(await px(legend.getByText('National IoV pilot zones'))).toBeGreaterThanOrEqual(20);

    await page.reload();
    await openAtlas(page, page.url());
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    expect(await mapLabelSize(page)).toBeGreaterThanOrEqual(20);
  });

  test('the top-bar toggle switches theme, URL and basemap colours both ways', async ({ page }) => {
    await openAtlas(page, './');
    const lightSea = await seaColour(page);
    const toggle = page.getByRole('button', { name: /Projector theme/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]theme=projector/);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
    await expect.poll(() => seaColour(page)).not.toBe(lightSea);
    expect(await px(layerLabel(page))).toBeGreaterThanOrEqual(24);
    await toggle.click();
    await expect(page).not.toHaveURL(/theme=/);
    await expect.poll(() => seaColour(page)).toBe(lightSea);
    expect(await px(layerLabel(page))).toBe(14);
  });
});

test('light theme keeps today’s sizes at 1920×1080', async ({ page }) => {
  await openAtlas(page, './?place=shanghai');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await px(layerLabel(page))).toBe(14);
  expect(await px(page.getByRole('heading', { level: 1 }))).toBe(20);
  expect(await px(rail(page).getByRole('heading', { name: 'Layers' }))).toBe(15);
  expect(await px(page.getByRole('heading', { level: 2, name: /Shanghai/ }))).toBe(22);
  expect(await mapLabelSize(page)).toBe(13);
  // No legend card on the map in the light theme, even with the rail closed.
  await page.getByRole('button', { name: 'Layers' }).click();
  await expect(page.getByTestId('map-legend')).toHaveCount(0);
});

test.describe('projector theme on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  test('the top bar still fits, with the toggle to leave the projector theme', async ({ page }) => {
    await openAtlas(page, './?theme=projector');
    const banner = page.getByRole('banner');
    const toggle = banner.getByRole('button', { name: /Projector theme/ });
    await expect(toggle).toBeVisible();
    for (const c of await banner.getByRole('button').all()) {
      const box = (await c.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    const search = (await banner.getByRole('combobox').boundingBox())!;
    expect(search.width, 'the search box keeps some room').toBeGreaterThan(0);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('projector theme at 1280×720 (cards take turns)', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('the map legend is one more card: hidden while the place panel shows', async ({ page }) => {
    await openAtlas(page, './?theme=projector&place=wuhan');
    await expect(page.getByRole('heading', { level: 2, name: /Wuhan/ })).toBeVisible();
    await expect(rail(page)).toBeHidden();
    await expect(page.getByTestId('map-legend')).toHaveCount(0);
    await page.getByRole('button', { name: 'Close' }).first().click();
    await expect(page.getByTestId('map-legend')).toBeVisible();
  });
});

/** The tour caption is what the hall reads: projector-sized, fully inside its card, and the slide's
 * place stays in the map it leaves free (at a 1080p and a 720p beamer). */
test.describe('tour caption in the projector theme', () => {
  // The camera jumps instead of flying, so each slide settles at once under software WebGL.
  test.use({ reducedMotion: 'reduce' });
  const sizes = [
    { width: 1920, height: 1080, title: 40, body: 24 },
    { width: 1280, height: 720, title: 28, body: 18 },
  ];
  for (const size of sizes) {
    test(`${size.width}×${size.height}: large type, nothing cut, each place in the free map`, async ({
      page,
      places,
    }) => {
      test.slow(); // twelve slides drawn by software WebGL
      await page.setViewportSize({ width: size.width, height: size.height });
      await openAtlas(page, './?theme=projector&tour=default&slide=1');
      const caption = page.getByRole('region', { name: 'Tour slide' });
      const slide = page.getByTestId('tour-caption');
      expect(await px(slide.getByRole('heading'))).toBeGreaterThanOrEqual(size.title);
      expect(await px(slide.getByRole('listitem').first())).toBeGreaterThanOrEqual(size.body);
      const total = Number((await page.getByTestId('tour-progress').textContent())!.split('/')[1]);
      let placeSlides = 0;
      for (let n = 1; n <= total; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        await expect(page.getByTestId('tour-progress')).toHaveText(`${n} / ${total}`);
        await waitForMapIdle(page);
        // Nothing in the card is cut off sideways; its buttons are inside it and on screen.
        const overflow = await caption.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `slide ${n}: the caption's content fits its width`).toBeLessThanOrEqual(0);
        const box = (await caption.boundingBox())!;
        expect(box.y, `slide ${n}: the caption starts below the top bar`).toBeGreaterThan(0);
        for (const name of ['Presenter view', 'End tour']) {
          const b = (await caption.getByRole('button', { name }).boundingBox())!;
          expect(b.x + b.width, `slide ${n}: ${name} inside the caption`).toBeLessThanOrEqual(
            box.x + box.width,
          );
          expect(b.y + b.height).toBeLessThanOrEqual(size.height);
        }
        const place = await page.evaluate(
          () => window.icvAtlas!.store.getState().selectedPlaceId as string | null,
        );
        if (!place) continue;
        placeSlides++;
        const p = placeById(places, place);
        await expect(slide.getByRole('heading')).toHaveText(p.name.en);
        const { x, y } = await pixelOf(page, p.anchor);
        const hit = await page.evaluate(
          ([px, py]) => document.elementFromPoint(px!, py!) === window.icvAtlas!.map!.getCanvas(),
          [x, y],
        );
        expect(hit, `slide ${n}: ${place} is on the map, not under the caption or a card`).toBe(true);
      }
      expect(placeSlides).toBeGreaterThanOrEqual(4);
    });
  }
});
