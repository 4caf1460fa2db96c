// The map before any script runs: the markup and CSS that scripts/first-paint-plugin.ts writes into the
// built index.html. The SVG is drawn by the export's renderer (src/export/map-scene.ts) from the same
// data and basemap, in Web Mercator, framed by CSS alone: the SVG element covers the part of the map the
// first WebGL fit leaves free (camera-fit.ts: China fitted inside the free area less FIT_MARGIN), and
// its viewBox is China's bounds, so `preserveAspectRatio="xMidYMid meet"` fits China exactly as
// fitBounds does. The breakpoints of the pre-script CSS come from design/encoding.ts. Pure (no DOM, no
// browser-only module): it runs in Node at build time.
import { LAYER_IDS } from '../data/constants';
import type { Atlas } from '../data/load-data';
import { BREAKPOINTS, designTokens, FRAME, LAYER_HEX, type Layout } from '../design/encoding';
import type { Messages } from '../i18n/en';
import { vectorMap, type LabelPlacer, type MapBasemap } from '../export/map-scene';
import type { Box, Prim } from '../export/scene';
import { svgElements } from '../export/svg';
import type { ExportState } from '../export/view-model';
import { CHINA_BOUNDS, FIT_MARGIN, fitBounds, type Size } from './camera-fit';
import { INSET_BOUNDS, INSET_WIDTH } from './inset-paths';
import { LABEL_FONT } from './layers/label-style';
import { FIRST_PAINT_ID } from './first-paint';
import { mercatorPixel } from './mercator';

const LAYOUTS: Layout[] = ['phone', 'compact', 'laptop', 'wide'];

/** A typical screen per layout: the zoom the first WebGL fit has there sets the symbols' and labels'
 * size and which labels fit (as the map does at that zoom). Between these the SVG scales. */
export const REFERENCE_SCREENS: Record<Layout, { width: number; height: number }> = {
  phone: { width: 390, height: 844 },
  compact: { width: 1280, height: 720 },
  laptop: { width: 1440, height: 900 },
  wide: { width: 1920, height: 1080 },
};

/**
 * What covers the map on the first view with no place selected, before the cards are measured (the
 * camera measures them at run time: occluder.ts). Left: the rail, open except on phones (app.tsx).
 * Bottom: the year control (styles.css `.year-control`: its bottom offset plus its height as laid out
 * in Chromium; first-paint.spec.ts fails if the SVG and the WebGL map drift apart).
 */
export function firstViewCover(layout: Layout) {
  return {
    top: Number.parseFloat(designTokens(layout)['--topbar-h']!),
    left: layout === 'phone' ? 0 : FRAME.gap + FRAME.railWidth,
    bottom: layout === 'phone' ? 182 : 131,
  };
}

/** The zoom of the first WebGL fit on a screen (the inset is clear of China on the reference screens). */
export function firstFitZoom(layout: Layout, screen = REFERENCE_SCREENS[layout]): number {
  const cover = firstViewCover(layout);
  const size: Size = { width: screen.width, height: screen.height - cover.top };
  const pad = {
    top: FIT_MARGIN,
    right: FIT_MARGIN,
    bottom: cover.bottom + FIT_MARGIN,
    left: cover.left + FIT_MARGIN,
  };
  return fitBounds(CHINA_BOUNDS, size, pad)!.zoom;
}

/** The first view's state: every layer, licences, no filter, no place, all years, English. */
const FIRST_VIEW: ExportState = {
  selectedPlaceId: null,
  scenarios: [],
  match: 'any',
  showNoScenarioData: true,
  visibleLayers: [...LAYER_IDS],
  metric: 'licences',
  lang: 'en',
  year: null,
};

export interface FirstPaintInput {
  atlas: Atlas;
  basemap: MapBasemap;
  m: Messages;
  labels?: LabelPlacer;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (v: number) => Math.round(v * 10) / 10;

/** The map as an SVG element whose user units are Web Mercator pixels at the wide screen's fit zoom,
 * with China's bounds as its viewBox; one group of region names, symbols and labels per layout. */
export function firstPaintSvg(input: FirstPaintInput): string {
  const { atlas, basemap, m } = input;
  const zoom = firstFitZoom('wide');
  const [[w, s], [e, n]] = CHINA_BOUNDS;
  const [x0, y0] = mercatorPixel([w, n], zoom);
  const [x1, y1] = mercatorPixel([e, s], zoom);
  const W = r1(x1 - x0);
  const H = r1(y1 - y0);
  const project = (ll: readonly number[]): [number, number] => {
    const [x, y] = mercatorPixel([ll[0]!, ll[1]!], zoom);
    return [x - x0, y - y0];
  };
  // Whatever a screen's shape, the drawing reaches past its edges (the page's sea colour beyond).
  const box: Box = { x: -1.5 * W, y: -1.6 * H, w: 4 * W, h: 4.2 * H };
  const opts = { labels: input.labels, decimals: 0, minStep: 1, simplify: 0.7, relative: true };
  const base = vectorMap(atlas, basemap, FIRST_VIEW, zoom, { k: 1, project }, box, {
    ...opts,
    parts: { basemap: true, regionNames: false, places: false },
  });
  const groups: Prim[] = LAYOUTS.map((layout) => {
    const z = firstFitZoom(layout);
    // Map units per screen pixel at this layout's zoom: symbols and type keep their on-screen size.
    const k = 2 ** (zoom - z);
    return {
      t: 'group',
      attrs: { class: `fp-layout fp-${layout}` },
      children: vectorMap(atlas, basemap, FIRST_VIEW, z, { k, project }, box, {
        ...opts,
        parts: { basemap: false, regionNames: true, places: true },
      }),
    };
  });
  const { body, defs } = svgElements(
    [{ t: 'group', attrs: { class: 'fp-basemap' }, children: base }, ...groups],
    'fp-',
    LABEL_FONT,
  );
  return (
    `<svg class="fp-map" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid meet" role="img" ` +
    `aria-label="${esc(m.map.label)}" data-testid="first-paint-map" data-first-paint-map="" font-family="${esc(LABEL_FONT)}">` +
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') +
    body +
    '</svg>'
  );
}

/** The South China Sea inset as the map shows it (south-china-sea-inset.tsx), by the same renderer. */
function insetHtml(input: FirstPaintInput): string {
  const width = INSET_WIDTH;
  const [[w, s], [e, n]] = INSET_BOUNDS;
  const [x0, y0] = mercatorPixel([w, n], 0);
  const [x1, y1] = mercatorPixel([e, s], 0);
  const k = width / (x1 - x0);
  const height = Math.round((y1 - y0) * k);
  const project = (ll: readonly number[]): [number, number] => {
    const [x, y] = mercatorPixel([ll[0]!, ll[1]!], 0);
    return [(x - x0) * k, (y - y0) * k];
  };
  const prims = vectorMap(
    input.atlas,
    input.basemap,
    FIRST_VIEW,
    0,
    { k: 0.8, project },
    { x: 0, y: 0, w: width, h: height },
    {
      decimals: 1,
      minStep: 0.5,
      simplify: 0.5,
      relative: true,
      parts: { basemap: true, regionNames: false, places: false },
    },
  );
  return (
    `<figure class="fp-inset" aria-hidden="true"><svg viewBox="0 0 ${width} ${height}">` +
    svgElements(prims, 'fp-inset-').body +
    `</svg><figcaption>${esc(input.m.map.insetCaption)}</figcaption></figure>`
  );
}

function legendHtml({ atlas, m }: FirstPaintInput): string {
  const rows = LAYER_IDS.map(
    (l) =>
      `<li><svg viewBox="0 0 20 20" width="18" height="18"><circle cx="10" cy="10" r="7" fill="none" ` +
      `stroke="${LAYER_HEX[l]}" stroke-width="3"/></svg><span>${esc(m.layers[l])}</span>` +
      `<span class="fp-count">${atlas.layers[l].length}</span></li>`,
  ).join('');
  return (
    `<aside class="fp-legend" aria-label="${esc(m.legend.title)}"><h2>${esc(m.layers.title)}</h2>` +
    `<ul>${rows}</ul><p>${esc(m.legend.rings)}</p></aside>`
  );
}

/** The first paint's element: map, inset and legend. Script (first-paint.ts) hands it over to the map. */
export function firstPaintHtml(input: FirstPaintInput): string {
  return `<div id="${FIRST_PAINT_ID}" class="first-paint" data-testid="first-paint">${firstPaintSvg(input)}${insetHtml(input)}${legendHtml(input)}</div>`;
}

/** Media query for a layout, from the breakpoints in design/encoding.ts. */
export function layoutMedia(layout: Layout): string {
  const below = (px: number) => `(max-width: ${px - 0.02}px)`;
  switch (layout) {
    case 'phone':
      return below(BREAKPOINTS.compact);
    case 'compact':
      return `(min-width: ${BREAKPOINTS.compact}px) and ${below(BREAKPOINTS.laptop)}`;
    case 'laptop':
      return `(min-width: ${BREAKPOINTS.laptop}px) and ${below(BREAKPOINTS.wide)}`;
    case 'wide':
      return `(min-width: ${BREAKPOINTS.wide}px)`;
  }
}

/** The inset's distance from the map's bottom (styles.css `.scs-inset`): on a phone it sits above the
 * year control, which spans the map there (the bar's 42 px offset, then 50 px above its top). */
const insetBottom = (layout: Layout) =>
  layout === 'phone' ? firstViewCover(layout).bottom - 42 + 50 : FRAME.insetBottom;

/** The first paint's CSS: where the map's free area is on each layout before script measures it. */
export function firstPaintCss(basemap: MapBasemap): string {
  const perLayout = LAYOUTS.map((layout) => {
    const c = firstViewCover(layout);
    const t = designTokens(layout);
    return (
      `@media ${layoutMedia(layout)}{.first-paint{--fp-top:${c.top}px;--fp-left:${c.left}px;` +
      `--fp-bottom:${c.bottom}px;--fp-inset-w:${t['--inset-w']};--fp-rail-w:${t['--rail-w']};` +
      `--fp-inset-bottom:${insetBottom(layout)}px}` +
      `.fp-${layout}{display:inline}}`
    );
  }).join('');
  const g = FRAME.gap;
  return [
    `.first-paint{position:fixed;left:0;right:0;bottom:0;top:var(--fp-top);overflow:hidden;z-index:1;` +
      `background:${basemap.theme.sea};font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans CJK SC',sans-serif;` +
      `transition:opacity .18s ease-out}`,
    `.first-paint[data-leaving]{opacity:0;pointer-events:none}`,
    `.fp-map{position:absolute;overflow:visible;left:calc(var(--fp-left) + ${FIT_MARGIN}px);top:${FIT_MARGIN}px;` +
      `width:calc(100% - var(--fp-left) - ${2 * FIT_MARGIN}px);height:calc(100% - var(--fp-bottom) - ${2 * FIT_MARGIN}px)}`,
    `.fp-basemap path{vector-effect:non-scaling-stroke}.fp-layout{display:none}`,
    `.fp-map [data-place-id]{cursor:pointer}`,
    `.fp-inset{position:absolute;margin:0;left:calc(var(--fp-left) + ${g}px);bottom:var(--fp-inset-bottom);` +
      `width:calc(var(--fp-inset-w) + 2px);background:#fff;border:1px solid ${basemap.theme.regionLine};z-index:2}`,
    `.fp-inset svg{display:block;width:var(--fp-inset-w);height:auto}`,
    `.fp-inset figcaption{font-size:11px;text-align:center;border-top:1px solid #e2dfd8;padding:1px 2px}`,
    `.fp-legend{position:absolute;left:${g}px;top:${g}px;width:var(--fp-rail-w);background:#fff;` +
      `border:1px solid #e2dfd8;border-radius:10px;padding:12px 16px;font-size:13px;color:#1c212b;z-index:2}`,
    `.fp-legend h2{margin:0 0 6px;font-size:15px}.fp-legend ul{list-style:none;margin:0;padding:0}` +
      `.fp-legend li{display:flex;gap:8px;align-items:center;padding:2px 0}.fp-count{margin-left:auto;color:#4b5363}` +
      `.fp-legend p{margin:6px 0 0;font-size:12px;color:#4b5363}`,
    perLayout,
    // A phone shows no rail: the legend is a small card, without the note.
    `@media ${layoutMedia('phone')}{.fp-legend{width:auto;padding:8px 10px;font-size:12px}.fp-legend h2,.fp-legend p{display:none}}`,
  ].join('\n');
}
