import { describe, expect, it } from 'vitest';
import { getAtlas } from '../../data/atlas';
import { BREAKPOINTS, layoutFor, type Layout } from '../../design/encoding';
import { en } from '../../i18n/en';
import { svgBasemap } from '../basemap/basemap';
import { CHINA_BOUNDS, FIT_MARGIN, fitChina, project } from '../camera-fit';
import { firstPaintCss, firstPaintHtml, firstViewCover, layoutMedia } from '../first-paint-markup';
import { mercatorPixel } from '../mercator';

/** Where the first paint's CSS puts a lon/lat: China's bounds (the viewBox) fitted, centred, into the
 * SVG element's box (the map's free area less FIT_MARGIN), as preserveAspectRatio="xMidYMid meet". */
function svgPixel(ll: [number, number], screen: { width: number; height: number }, layout: Layout) {
  const c = firstViewCover(layout);
  const box = {
    x: c.left + FIT_MARGIN,
    y: c.top + FIT_MARGIN,
    w: screen.width - c.left - 2 * FIT_MARGIN,
    h: screen.height - c.top - c.bottom - 2 * FIT_MARGIN,
  };
  const [[w, s], [e, n]] = CHINA_BOUNDS;
  const [x0, y0] = mercatorPixel([w, n], 0);
  const [x1, y1] = mercatorPixel([e, s], 0);
  const k = Math.min(box.w / (x1 - x0), box.h / (y1 - y0));
  const [x, y] = mercatorPixel(ll, 0);
  return {
    x: box.x + (box.w - (x1 - x0) * k) / 2 + (x - x0) * k,
    y: box.y + (box.h - (y1 - y0) * k) / 2 + (y - y0) * k,
  };
}

describe('first paint', () => {
  it('frames China as the first WebGL fit does, at any screen size of a layout', () => {
    const shanghai: [number, number] = [121.47, 31.23];
    for (const [width, height] of [
      [1920, 1080],
      [2560, 1440],
      [1366, 768],
      [1280, 720],
      [1024, 1366],
      [390, 844],
      [360, 640],
    ] as const) {
      const layout = layoutFor(width);
      const c = firstViewCover(layout);
      const size = { width, height: height - c.top };
      const camera = fitChina(size, { top: 0, left: c.left, right: 0, bottom: c.bottom }, null)!;
      const gl = project(shanghai, camera, size);
      const svg = svgPixel(shanghai, { width, height }, layout);
      expect(Math.abs(svg.x - gl.x), `${width}×${height} x`).toBeLessThan(0.5);
      expect(Math.abs(svg.y - (gl.y + c.top)), `${width}×${height} y`).toBeLessThan(0.5);
    }
  });

  it('switches layouts at the breakpoints of design/encoding.ts', () => {
    const css = firstPaintCss(svgBasemap());
    for (const layout of ['phone', 'compact', 'laptop', 'wide'] as const)
      expect(css).toContain(`@media ${layoutMedia(layout)}{`);
    expect(layoutMedia('compact')).toContain(`(min-width: ${BREAKPOINTS.compact}px)`);
    expect(layoutMedia('phone')).toContain(`(max-width: ${BREAKPOINTS.compact - 0.02}px)`);
    expect(layoutMedia('wide')).toBe(`(min-width: ${BREAKPOINTS.wide}px)`);
  });

  it('draws every place once per layout, with its id, and the legend counts from the data', () => {
    const atlas = getAtlas();
    const html = firstPaintHtml({ atlas, basemap: svgBasemap(), m: en });
    for (const p of atlas.places) expect(html.split(`data-place-id="${p.id}"`).length - 1, p.id).toBe(4);
    expect(html).toContain(`<span class="fp-count">${atlas.layers['national-test-zone'].length}</span>`);
    expect(html).not.toContain('<script');
    // The budget for the page: the map adds well under 150 KB to index.html.
    expect(html.length + firstPaintCss(svgBasemap()).length).toBeLessThan(150_000);
  });
});
