// Conference mode: the default tour played with a presenter's keys. Expected names and figures come
// from the built data (data/places.json) and the store, never typed here.
import type { Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, test, waitForMapIdle, type PlaceRecord } from './fixtures';

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.icvAtlas!.store.getState();
    return {
      slide: s.slide as number,
      place: s.selectedPlaceId as string | null,
      paused: s.paused as boolean,
    };
  });

async function progress(page: Page) {
  const text = (await page.getByTestId('tour-progress').textContent()) ?? '';
  const [n, total] = text.split('/').map((x) => Number(x.trim()));
  return { n: n!, total: total! };
}

/** The slide's place (if any) has the caption's title and figure, and the camera shows it in the free map. */
async function checkSlide(page: Page, places: PlaceRecord[]) {
  await waitForMapIdle(page);
  const { slide, place } = await state(page);
  expect((await progress(page)).n).toBe(slide);
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${slide}(&|$)`));
  const caption = page.getByTestId('tour-caption');
  await expect(caption).toBeVisible();
  if (!place) return;
  const p = placeById(places, place);
  await expect(caption.getByRole('heading')).toHaveText(p.name.en);
  if (p.table3) await expect(caption).toContainText(`${p.table3.licences.published} licences`);
  const { x, y } = await pixelOf(page, p.anchor);
  const hit = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!) === window.icvAtlas!.map!.getCanvas(),
    [x, y],
  );
  expect(hit, `${place} is on the map, not under the caption or off screen`).toBe(true);
}

test.describe('tour', () => {
  // A laptop screen: software WebGL draws each flight's frames, so a smaller canvas keeps it quick.
  test.use({ viewport: { width: 1280, height: 800 } });

  test('Present plays the default tour with PageDown / PageUp / Home / End / number + Enter', async ({
    page,
    places,
  }) => {
    test.slow(); // every slide's flight is drawn by software WebGL
    await openAtlas(page, './');
    await page.getByRole('banner').getByRole('button', { name: 'Present the default tour' }).click();
    await expect(page.getByTestId('tour-progress')).toHaveText(/^1 \/ \d+$/);
    // The editing chrome gives way to the slides.
    await expect(page.getByRole('navigation', { name: 'Layers' })).toBeHidden();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    const { total } = await progress(page);
    expect(total).toBeGreaterThanOrEqual(8);
    expect(total).toBeLessThanOrEqual(12);

    const seen = new Set<string>();
    await checkSlide(page, places);
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('PageDown');
      await expect(page.getByTestId('tour-progress')).toHaveText(`${i} / ${total}`);
      await checkSlide(page, places);
      const { place } = await state(page);
      if (place) seen.add(place);
    }
    // The four cities of the paper's section 3 each have their slide.
    for (const id of ['shanghai', 'guangzhou', 'beijing', 'wuhan']) expect(seen).toContain(id);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('tour-progress')).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('tour-progress')).toHaveText(`${total - 1} / ${total}`);
    await page.keyboard.press('Home');
    await expect(page.getByTestId('tour-progress')).toHaveText(`1 / ${total}`);
    await page.keyboard.press('End');
    await expect(page.getByTestId('tour-progress')).toHaveText(`${total} / ${total}`);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tour-progress')).toHaveText(`7 / ${total}`);
    await checkSlide(page, places);
  });

  test('keys during a flight are neither lost nor doubled; the slide is in the URL', async ({
    page,
    places,
  }) => {
    await openAtlas(page, './?tour=default&slide=6');
    await expect(page.getByTestId('tour-progress')).toHaveText(/^6 \//);
    // Two quick presses: the second lands while the first flight is under way.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('tour-progress')).toHaveText(/^8 \//);
    await checkSlide(page, places);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tour-progress')).toHaveText(/^7 \//);
    await checkSlide(page, places);
  });

  test('Esc explores freely, Resume tour returns to the same slide; B blanks and a key restores', async ({
    page,
    places,
  }) => {
    await openAtlas(page, './?tour=default&slide=8');
    await checkSlide(page, places);
    const before = await state(page);
    expect(before.place).not.toBeNull();
    await page.keyboard.press('Escape');
    const resume = page.getByTestId('tour-resume');
    await expect(resume).toBeVisible();
    await expect(page.getByTestId('tour-caption')).toHaveCount(0);
    // Free exploration: the chrome is back and keys belong to the page.
    await page.getByRole('button', { name: 'Layers' }).first().click();
    await page.keyboard.press('PageDown');
    expect((await state(page)).slide).toBe(before.slide);
    await resume.click();
    await expect(page.getByTestId('tour-progress')).toHaveText(new RegExp(`^${before.slide} /`));
    expect((await state(page)).place).toBe(before.place);
    await checkSlide(page, places);

    // R resumes too.
    await page.keyboard.press('Escape');
    await expect(resume).toBeVisible();
    await page.keyboard.press('r');
    await expect(page.getByTestId('tour-caption')).toBeVisible();

    await page.keyboard.press('b');
    const blank = page.getByTestId('tour-blank');
    await expect(blank).toBeVisible();
    const box = await blank.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await expect(blank).toHaveCount(0);
    // The key only restored the screen.
    await expect(page.getByTestId('tour-progress')).toHaveText(new RegExp(`^${before.slide} /`));
  });

  test('an unknown tour is dropped with a notice; the slide is clamped', async ({ page }) => {
    await openAtlas(page, './?tour=nope&slide=3');
    await expect(page.getByText(/tour=nope/)).toBeVisible();
    await expect(page.getByTestId('tour-caption')).toHaveCount(0);
    await expect(page).not.toHaveURL(/slide=/);
    await openAtlas(page, './?tour=default&slide=99');
    const { n, total } = await progress(page);
    expect(n).toBe(total);
  });
});

test.describe('tour on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('中文: the caption is a bottom sheet, the top bar fits, each place slide shows its place', async ({
    page,
    places,
  }) => {
    test.slow();
    await openAtlas(page, './?lang=zh&tour=default&slide=1');
    const { total } = await progress(page);
    const banner = page.getByRole('banner');
    for (const c of await banner.getByRole('button').all()) {
      if (!(await c.isVisible())) continue;
      const box = (await c.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const caption = page.getByRole('region', { name: '导览幻灯片' });
    const box = (await caption.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    let placeSlides = 0;
    for (let i = 2; i <= total; i++) {
      await page.getByRole('button', { name: '下一张' }).click();
      await waitForMapIdle(page);
      const { place } = await state(page);
      if (!place) continue;
      placeSlides++;
      const p = placeById(places, place);
      await expect(page.getByTestId('tour-caption').getByRole('heading')).toHaveText(p.name.zh);
      const { x, y } = await pixelOf(page, p.anchor);
      expect(y, `${place} is above the caption`).toBeLessThan(box.y);
      const hit = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!) === window.icvAtlas!.map!.getCanvas(),
        [x, y],
      );
      expect(hit, `${place} is on the map`).toBe(true);
    }
    expect(placeSlides).toBeGreaterThanOrEqual(4);
  });
});

test.describe('tour with reduced motion', () => {
  test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  test('slides change the camera instantly', async ({ page }) => {
    await openAtlas(page, './?tour=default&slide=1');
    // Step until a slide selects a place (the camera then moves to it).
    for (let i = 0; i < 12 && !(await state(page)).place; i++) {
      await page.keyboard.press('PageDown');
      const moving = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(window.icvAtlas!.map!.isMoving())),
            ),
          ),
      );
      expect(moving, 'no flight with prefers-reduced-motion').toBe(false);
    }
    expect((await state(page)).place).not.toBeNull();
  });
});
