// Labels at the national view: every place named on its own or through a labelled cluster, and a
// click on a cluster of places too close to click apart lets the user choose one.
import { expect, openAtlas, pixelOf, placeById, test, waitForMapIdle } from './fixtures';
import type { Page } from '@playwright/test';

/** The placement the map draws (window.icvAtlas.labels, src/map/automation.ts). */
interface LabelSummary {
  labelled: string[];
  clusters: { members: string[]; label: string | null }[];
}
const labels = (page: Page) =>
  page.evaluate(() => (window.icvAtlas as unknown as { labels: LabelSummary }).labels);

/** Every place (all layers are on, so all are drawn) is labelled or in a labelled cluster. */
async function expectAllNamed(page: Page, places: { id: string }[]) {
  const l = await labels(page);
  const reached = new Set([...l.labelled, ...l.clusters.filter((c) => c.label).flatMap((c) => c.members)]);
  expect(places.map((p) => p.id).filter((id) => !reached.has(id))).toEqual([]);
  expect(l.labelled.length).toBeGreaterThan(5);
  for (const c of l.clusters) expect(c.label, `cluster ${c.members.join(',')} is labelled`).toBeTruthy();
  return l;
}

/** The name a place has on the map: its own label, or first in its cluster's label. */
function named(l: LabelSummary, id: string) {
  return l.labelled.includes(id) || l.clusters.some((c) => c.members[0] === id);
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test.describe(`${width}x${height}`, () => {
    test.use({ viewport: { width, height } });

    test('a click on the Yangtze delta cluster lets the user pick Suzhou', async ({ page, places }) => {
      await openAtlas(page);
      const l = await expectAllNamed(page, places);
      const delta = l.clusters.find((c) => c.members.includes('suzhou'));
      expect(delta?.members).toEqual(expect.arrayContaining(['shanghai', 'suzhou', 'wuxi']));

      // On Shanghai's rings, seaward (east), away from its centre dot: the pile, not one place.
      const shanghai = await pixelOf(page, placeById(places, 'shanghai').anchor);
      await page.mouse.click(shanghai.x + 22, shanghai.y);
      const chooser = page.getByRole('dialog', { name: /places here/ });
      await expect(chooser).toBeVisible();
      await expect(chooser.getByRole('button', { name: /^Shanghai/ })).toBeFocused();
      await expect(page.getByTestId('place-panel')).toHaveCount(0);
      await chooser.getByRole('button', { name: /^Suzhou/ }).click();
      await expect(chooser).toHaveCount(0);
      const panel = page.getByTestId('place-panel');
      await expect(panel).toHaveAttribute('data-place-id', 'suzhou');
      await expect(page).toHaveURL(/[?&]place=suzhou(&|$)/);
      // The chosen place is labelled on its own while selected.
      await waitForMapIdle(page);
      await expect.poll(async () => (await labels(page)).labelled).toContain('suzhou');
    });

    test('the chooser works from the keyboard, in 中文', async ({ page, places }) => {
      await openAtlas(page, './?lang=zh');
      const shanghai = await pixelOf(page, placeById(places, 'shanghai').anchor);
      await page.mouse.click(shanghai.x + 22, shanghai.y);
      const chooser = page.getByRole('dialog', { name: /个地点/ });
      await expect(chooser).toBeVisible();
      // Esc closes it and leaves the selection alone.
      await page.keyboard.press('Escape');
      await expect(chooser).toHaveCount(0);
      await page.mouse.click(shanghai.x + 22, shanghai.y);
      await expect(chooser).toBeVisible();
      const ids = await chooser
        .locator('button[data-place-id]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-place-id')));
      for (let i = 0; i < ids.indexOf('suzhou'); i++) await page.keyboard.press('ArrowDown');
      await expect(chooser.getByRole('button', { name: /^苏州/ })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'suzhou');
    });
  });
}

test.describe('1366x768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test('Wuhan, Changsha and Guangzhou keep their names after a panel closes', async ({ page, places }) => {
    await openAtlas(page, './?place=shanghai');
    await expect(page.getByTestId('place-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('place-panel')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show the whole of China' }).click();
    await waitForMapIdle(page);
    await expect
      .poll(async () => {
        const l = await labels(page);
        return ['wuhan', 'changsha', 'guangzhou'].filter((id) => !named(l, id));
      })
      .toEqual([]);
    await expectAllNamed(page, places);
  });
});
