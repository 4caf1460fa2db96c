// On a phone the place panel is a bottom sheet: its handle drags it between peek, half and full
// height (and steps with the keyboard), and the camera keeps the place in the map above it.
import type { Page } from '@playwright/test';
import { expect, openAtlas, pixelOf, placeById, test, waitForMapIdle } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

async function dragHandleTo(page: Page, y: number) {
  const box = (await page.getByRole('slider', { name: 'Panel height' }).boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  // A few steps, as a finger would.
  await page.mouse.move(x, (box.y + y) / 2, { steps: 4 });
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.up();
}

async function placeOnMap(page: Page, lngLat: [number, number]) {
  const { x, y } = await pixelOf(page, lngLat);
  return page.evaluate(
    ([px, py]) => document.elementFromPoint(px, py) === window.icvAtlas!.map!.getCanvas(),
    [x, y] as const,
  );
}

test('the sheet drags between peek, half and full, and the place stays above it', async ({
  page,
  places,
}) => {
  const shanghai = placeById(places, 'shanghai');
  await openAtlas(page, './?place=shanghai');
  const panel = page.getByTestId('place-panel');
  const handle = page.getByRole('slider', { name: 'Panel height' });
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await expect(handle).toHaveAttribute('aria-valuetext', 'Half the screen');
  const stage = (await page.locator('[data-stage]').boundingBox())!;

  // Up to the top: full height, the whole map covered.
  await dragHandleTo(page, stage.y + 10);
  await expect(panel).toHaveAttribute('data-sheet', 'full');
  await expect
    .poll(async () => Math.round((await panel.boundingBox())!.height))
    .toBe(Math.round(stage.height));
  await expect(panel.getByRole('heading', { name: /Shanghai/, level: 2 })).toBeVisible();

  // Down to the bottom: peek, the title still shown, most of the map free and the place above the sheet.
  await dragHandleTo(page, stage.y + stage.height - 10);
  await expect(panel).toHaveAttribute('data-sheet', 'peek');
  const peek = (await panel.boundingBox())!;
  expect(peek.height).toBeLessThan(stage.height * 0.25);
  await expect(panel.getByRole('heading', { name: /Shanghai/, level: 2 })).toBeInViewport();
  await waitForMapIdle(page);
  expect(await placeOnMap(page, shanghai.anchor), 'Shanghai is above the peeking sheet').toBe(true);

  // A drag that stops midway snaps to half.
  await dragHandleTo(page, stage.y + stage.height * 0.5);
  await expect(panel).toHaveAttribute('data-sheet', 'half');
  await waitForMapIdle(page);
  expect(await placeOnMap(page, shanghai.anchor), 'Shanghai is above the half sheet').toBe(true);

  // The keyboard: the handle is a slider.
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(handle).toHaveAttribute('aria-valuetext', 'Full screen');
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuetext', 'Title only');
  await page.keyboard.press('ArrowUp');
  await expect(panel).toHaveAttribute('data-sheet', 'half');
});
