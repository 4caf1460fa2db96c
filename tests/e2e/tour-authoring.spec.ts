// Tours you author: views captured as slides, kept in the browser across reloads, played, exported
// and imported as a JSON file in a fresh browser, shared as a link; bad files and links are refused
// with a message and change nothing. Names come from the built data (data/places.json).
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, openAtlas, placeById, resultButton, test, waitForMapIdle } from './fixtures';

const state = (page: Page) =>
  page.evaluate(() => {
    const s = window.icvAtlas!.store.getState();
    return {
      tour: s.tour as string | null,
      slide: s.slide as number,
      place: s.selectedPlaceId as string | null,
      layers: s.visibleLayers as string[],
    };
  });

const storedTours = (page: Page) => page.evaluate(() => localStorage.getItem('icv-atlas:user-tours:v1'));

/** The rail (layers, places list) open: on a laptop, picking a place closes it. */
async function openRail(page: Page) {
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Layers', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.getByRole('navigation', { name: 'Layers' })).toBeVisible();
}

async function openTours(page: Page) {
  await page.getByRole('button', { name: 'Tours: play, author, import or share a tour' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tours' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeTours(page: Page) {
  await page.getByRole('dialog', { name: 'Tours' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog', { name: 'Tours' })).toBeHidden();
}

/** The caption shows slide n of total, with its title; the map shows the slide's place. */
async function expectSlide(page: Page, n: number, total: number, title: string, place: string) {
  await expect(page.getByTestId('tour-progress')).toHaveText(`${n} / ${total}`);
  await expect(page.getByTestId('tour-caption').getByRole('heading')).toHaveText(title);
  await expect.poll(async () => (await state(page)).place).toBe(place);
}

/** A second, empty browser (no stored tours), with its own error checks. */
async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await context.route(
    (url) => !url.href.startsWith(baseURL) && !/^(data|blob|about):/.test(url.href),
    (route) => {
      errors.push(`off-origin ${route.request().url()}`);
      return route.abort();
    },
  );
  return { context, page, errors };
}

test.describe('tours you author', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('author a two-slide tour, reload, play it; export, import in a fresh browser, play; bad files are refused', async ({
    page,
    places,
    browser,
    baseURL,
  }) => {
    // Each slide's flight is drawn by software WebGL, in three browser contexts one after another.
    test.setTimeout(300_000);
    const shanghai = placeById(places, 'shanghai');
    const beijing = placeById(places, 'beijing');
    await openAtlas(page, './');

    // Slide 1: Shanghai, every layer.
    await resultButton(page, shanghai.name.en).click();
    await waitForMapIdle(page);
    let dialog = await openTours(page);
    await dialog.getByRole('button', { name: 'New tour' }).click();
    const editor = dialog.getByTestId('tour-editor');
    await editor.getByLabel('Tour title').fill('Two cities');
    await editor.getByTestId('tour-add-slide').click();
    await expect(editor.getByLabel('Title of slide 1')).toHaveValue(shanghai.name.en);
    await closeTours(page);

    // Slide 2: Beijing, with the Double-Smart layer off; a title and notes of the user's.
    await openRail(page);
    await page.getByRole('checkbox', { name: /Double-Smart/ }).uncheck();
    await resultButton(page, beijing.name.en).click();
    await waitForMapIdle(page);
    const beijingLayers = (await state(page)).layers;
    expect(beijingLayers).not.toContain('double-smart-city');
    await openTours(page);
    await editor.getByTestId('tour-add-slide').click();
    await editor.getByLabel('Title of slide 2').fill('The capital');
    await editor.getByLabel('Speaker notes of slide 2').fill('Mention the licences.');
    // Reorder and back: the list follows.
    await editor.getByRole('button', { name: 'Move slide 2 up' }).click();
    await expect(editor.getByLabel('Title of slide 1')).toHaveValue('The capital');
    await editor.getByRole('button', { name: 'Move slide 1 down' }).click();
    await expect(editor.getByLabel('Title of slide 1')).toHaveValue(shanghai.name.en);
    await closeTours(page);

    // Reload: the tour is still there; play it.
    await openRail(page);
    await page.getByRole('checkbox', { name: /Double-Smart/ }).check();
    await page.reload();
    await openAtlas(page, page.url());
    dialog = await openTours(page);
    await dialog.getByRole('button', { name: 'Play “Two cities”' }).click();
    await expectSlide(page, 1, 2, shanghai.name.en, 'shanghai');
    expect((await state(page)).layers).toContain('double-smart-city');
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2, 2, 'The capital', 'beijing');
    expect((await state(page)).layers).toEqual(beijingLayers);
    await expect(page.getByTestId('tour-caption').locator('..')).toContainText('Speaker notes');
    // The address names the user tour: a reload returns to the same slide.
    const { tour } = await state(page);
    expect(tour).toMatch(/^user-/);
    await expect(page).toHaveURL(new RegExp(`[?&]tour=${tour}&slide=2`));
    await page.reload();
    await expectSlide(page, 2, 2, 'The capital', 'beijing');
    await page.keyboard.press('Escape'); // explore: the tour pauses

    // Export.
    dialog = await openTours(page);
    await dialog.getByRole('button', { name: 'Edit “Two cities”' }).click();
    const download = page.waitForEvent('download');
    await editor.getByTestId('tour-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('icv-atlas-tour_two-cities.json');
    const path = test.info().outputPath('tour.json');
    await file.saveAs(path);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'icv-atlas-tour', version: 1 });
    // The share link, for later.
    await editor.getByTestId('tour-share').click();
    const link = await editor.getByTestId('tour-share-link').inputValue();
    expect(link).toMatch(/\?tourdata=z\.[A-Za-z0-9_-]+$/);

    // A fresh browser: no tours; import the file and play it.
    const fresh = await freshPage(browser, baseURL!);
    await openAtlas(fresh.page, './');
    expect(await storedTours(fresh.page)).toBeNull();
    let freshDialog = await openTours(fresh.page);
    await freshDialog.getByTestId('tour-import').setInputFiles(path);
    await expect(freshDialog.getByRole('status')).toHaveText('Imported “Two cities” (2 slides).');
    await freshDialog.getByRole('button', { name: 'Play “Two cities”' }).click();
    await expectSlide(fresh.page, 1, 2, shanghai.name.en, 'shanghai');
    await fresh.page.keyboard.press('End');
    await expectSlide(fresh.page, 2, 2, 'The capital', 'beijing');
    await fresh.page.keyboard.press('Escape');

    // Corrupt files: refused with a message; the saved tours are untouched.
    const saved = await storedTours(fresh.page);
    expect(saved).toContain('Two cities');
    freshDialog = await openTours(fresh.page);
    await freshDialog.getByRole('button', { name: 'All tours' }).click();
    const importFile = (name: string, body: string) =>
      freshDialog.getByTestId('tour-import').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(body),
      });
    await importFile('broken.json', text.slice(0, text.length / 2));
    await expect(freshDialog.getByRole('alert')).toHaveText(
      'This file was not imported, nothing changed: the file is not valid JSON',
    );
    await importFile('bad-place.json', text.replace('"beijing"', '"atlantis"'));
    await expect(freshDialog.getByRole('alert')).toContainText('place: unknown place "atlantis"');
    await expect(freshDialog.getByTestId('user-tours').getByRole('listitem')).toHaveCount(1);
    expect(await storedTours(fresh.page)).toBe(saved);
    await fresh.context.close();

    // The share link opens the tour in another fresh browser, with no server but the page.
    const shared = await freshPage(browser, baseURL!);
    await shared.page.goto(link);
    await expect(shared.page.getByTestId('tour-link-notice')).toContainText('Opened the tour “Two cities”');
    await expectSlide(shared.page, 1, 2, shanghai.name.en, 'shanghai');
    await expect(shared.page).toHaveURL(/[?&]tour=user-[^&]+&slide=1$/);
    // A damaged link: a message, the page works, no tour is added.
    await shared.page.goto(link.slice(0, -20));
    await expect(shared.page.getByTestId('tour-link-notice')).toContainText(
      'The tour in this link could not be opened',
    );
    await expect(shared.page.getByTestId('tour-progress')).toHaveCount(0);
    expect(shared.errors.concat(fresh.errors)).toEqual([]);
    await shared.context.close();
  });
});
