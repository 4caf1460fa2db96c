// On a phone every top-bar control fits in the viewport, in English and 中文, and "About the data"
// (with the open-data downloads) is one tap away.
import { expect, openAtlas, test } from './fixtures';

const ABOUT = { en: 'About the data', zh: '关于数据' } as const;
const DOWNLOADS = [
  'places.csv',
  'places.json',
  'national-test-zones.geojson',
  'iov-pilot-zones.geojson',
  'double-smart-cities.geojson',
  'vrc-pilot-cities-2024.geojson',
];

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`phone ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const lang of ['en', 'zh'] as const) {
      test(`${lang}: the top bar fits and About opens with the downloads`, async ({ page }) => {
        await openAtlas(page, `./?lang=${lang}`);
        const banner = page.getByRole('banner');
        const toggle = page.getByTestId('lang-toggle');
        await expect(toggle).toBeVisible();
        const controls = [
          ...(await banner.getByRole('button').all()),
          ...(await banner.getByRole('combobox').all()),
        ];
        expect(controls.length).toBeGreaterThanOrEqual(4);
        for (const c of controls) {
          const name = (await c.getAttribute('aria-label')) ?? (await c.textContent());
          const box = await c.boundingBox();
          expect(box, `${name} is laid out`).toBeTruthy();
          expect(box!.x, `${name} starts inside the viewport`).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, `${name} ends inside the viewport`).toBeLessThanOrEqual(viewport.width);
        }
        // The search stays usable: wide enough to type a place name into.
        const search = (await banner.getByRole('combobox').boundingBox())!;
        expect(search.width, 'the search box keeps room to type').toBeGreaterThanOrEqual(100);
        // Nothing in the bar is clipped by the bar itself (e.g. the language button's text).
        const clipped = await toggle.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        expect(clipped, 'the language button shows its whole label').toBe(false);

        const about = banner.getByRole('button', { name: ABOUT[lang] });
        await expect(about).toBeVisible();
        await about.click();
        const dialog = page.getByRole('dialog', { name: ABOUT[lang] });
        await expect(dialog).toBeVisible();
        for (const file of DOWNLOADS) {
          const link = dialog.getByRole('link', { name: file, exact: true });
          await expect(link).toHaveAttribute('href', `data/${file}`);
        }
        const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
        expect(overflow, 'the dialog needs no sideways scrolling').toBeLessThanOrEqual(0);
        const dialogBox = await dialog.boundingBox();
        expect(dialogBox!.x).toBeGreaterThanOrEqual(0);
        expect(dialogBox!.x + dialogBox!.width).toBeLessThanOrEqual(viewport.width);
        await dialog.getByRole('link', { name: 'places.csv', exact: true }).scrollIntoViewIfNeeded();
        await expect(dialog.getByRole('link', { name: 'places.csv', exact: true })).toBeInViewport();
      });
    }
  });
}
