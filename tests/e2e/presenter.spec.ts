// Conference mode, the presenter view: P (or the caption's button) opens a second window for the
// laptop's screen with the current and next slides, the notes and the clocks. Keys work in either
// window and both stay on the same slide. Slide titles and notes come from the tour's own data.
import type { Page } from '@playwright/test';
import { defaultTour } from '../../src/tour/tours/default';
import { expect, openAtlas, test } from './fixtures';

const slides = defaultTour.slides;
const total = slides.length;

/** Checks the presenter view shows slide n (1-based) as current and the one after as next. */
async function showsSlide(popup: Page, n: number) {
  await expect(popup.getByTestId('presenter-current')).toContainText(slides[n - 1]!.title.en);
  await expect(popup.getByTestId('presenter-next')).toHaveText(slides[n]?.title.en ?? 'End of tour');
  await expect(popup.getByTestId('presenter-progress')).toHaveText(`${n} / ${total}`);
  await expect(popup.getByTestId('presenter-notes')).toHaveText(slides[n - 1]!.notes?.en ?? 'No notes');
}

test.describe('presenter view', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('P opens it; keys in either window keep both windows on the same slide', async ({ page, context }) => {
    await openAtlas(page, './?tour=default&slide=1');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(popup.getByTestId('presenter-view')).toBeVisible();
    // The page's styles came along: the view is laid out, in the page's language.
    await expect
      .poll(() => popup.getByTestId('presenter-view').evaluate((el) => getComputedStyle(el).display))
      .toBe('grid');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await showsSlide(popup, 1);
    expect(slides[0]!.notes, 'the first slide has speaker notes').toBeTruthy();
    await expect(popup.getByTestId('presenter-clock')).toHaveText(/^\d\d:\d\d$/);
    await expect(popup.getByTestId('presenter-elapsed')).toHaveText(/^\d\d:\d\d$/);

    // A step in the main window moves the presenter view.
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('tour-progress')).toHaveText(`2 / ${total}`);
    await showsSlide(popup, 2);

    // A step in the presenter window moves the main window.
    await popup.keyboard.press('PageDown');
    await expect(page.getByTestId('tour-progress')).toHaveText(`3 / ${total}`);
    await expect(page.getByTestId('tour-caption').getByRole('heading')).toHaveText(slides[2]!.title.en);
    await expect(page).toHaveURL(/[?&]slide=3(&|$)/);
    await showsSlide(popup, 3);

    // Number + Enter and End from the presenter window; its buttons step too.
    await popup.keyboard.type('4');
    await popup.keyboard.press('Enter');
    await expect(page.getByTestId('tour-progress')).toHaveText(`4 / ${total}`);
    await showsSlide(popup, 4);
    await popup.keyboard.press('End');
    await expect(page.getByTestId('tour-progress')).toHaveText(`${total} / ${total}`);
    await showsSlide(popup, total);
    await popup.getByRole('button', { name: /Previous slide/ }).click();
    await expect(page.getByTestId('tour-progress')).toHaveText(`${total - 1} / ${total}`);

    // B in the presenter window blanks the audience's screen; the presenter is told.
    await popup.keyboard.press('b');
    await expect(page.getByTestId('tour-blank')).toBeVisible();
    await expect(popup.getByRole('status')).toContainText(/blank/i);
    await popup.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-blank')).toHaveCount(0);

    // The elapsed time runs, and Reset starts it again.
    const elapsed = popup.getByTestId('presenter-elapsed');
    await expect(elapsed).not.toHaveText('00:00', { timeout: 5_000 });
    await popup.getByRole('button', { name: 'Reset the elapsed time' }).click();
    await expect(elapsed).toHaveText('00:00');

    // Ending the tour closes the presenter window.
    await Promise.all([
      popup.waitForEvent('close'),
      page.getByRole('region', { name: 'Tour slide' }).getByRole('button', { name: 'End tour' }).click(),
    ]);
  });

  test('中文: the caption’s button opens it in Chinese; leaving the page closes it', async ({
    page,
    context,
  }) => {
    await openAtlas(page, './?lang=zh&tour=default&slide=2');
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page
        .getByRole('region', { name: '导览幻灯片' })
        .getByRole('button', { name: /演讲者视图/ })
        .click(),
    ]);
    await expect(popup.getByTestId('presenter-current')).toContainText(slides[1]!.title.zh);
    await expect(popup.getByTestId('presenter-next')).toHaveText(slides[2]!.title.zh);
    await expect(popup.getByTestId('presenter-notes')).toHaveText(slides[1]!.notes?.zh ?? '无备注');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect(popup).toHaveTitle(new RegExp(defaultTour.title.zh));
    await Promise.all([popup.waitForEvent('close'), page.reload()]);
  });
});
