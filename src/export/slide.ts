// The slide: title of the view, the map, the legend, the source line with as-of dates and a QR code
// of the view's link, laid out on a 1920 × 1080 frame. Pure: the map comes either as a raster
// placeholder (the PNG fills it with the map's pixels) or drawn from the data (the SVG).
import { LAYER_IDS } from '../data/constants';
import type { Atlas } from '../data/load-data';
import { fill } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatNumber } from '../i18n/format';
import { chinaRegions, ISLAND_POINTS, WORLD, BASEMAP_THEME, svgBasemap } from '../map/basemap/basemap';
import { symbolScaleForZoom } from '../map/scales';
import { insetPaths } from '../map/inset-paths';
import {
  CORE_COLOR,
  CORE_RADIUS_NOT_REPORTED,
  FILTER_ALPHA,
  LAYER_HEX,
  NOT_REPORTED_FILL,
  NOT_REPORTED_LINE,
  RING_WIDTH,
  withAlpha,
} from '../map/scales';
import { INSET_BOUNDS } from '../map/south-china-sea-inset';
import { legendSizes } from '../panels/legend';
import { fitMap, type MapFrame } from './map-frame';
import { settledZoom, vectorMap } from './map-scene';
import { INK, INK_2, LINE, MUTED, paint, SLIDE, solid, WHITE, type Box, type Prim } from './scene';
import type { ViewLink } from './view-link';
import { isoDay, viewTitle, type ExportState } from './view-model';
import { sourceLine, viewSources } from './view-sources';
import { estimateWidth, wrapText, type Measure } from './wrap';

const M = 48;
export const MAP_BOX: Box = { x: M, y: 196, w: 1400, h: 772 };
export const SIDE_BOX: Box = { x: 1480, y: 196, w: SLIDE.width - M - 1480, h: 772 };
const QR_SIZE = 188;

export interface SlideInput {
  atlas: Atlas;
  state: ExportState;
  m: Messages;
  date: Date;
  link: ViewLink;
  /** The QR code's modules for a URL link (null: no QR, the link is printed). */
  qr: boolean[][] | null;
  frame: MapFrame;
  /** 'raster': leave the map box for the map's pixels (PNG); 'vector': draw it from the data (SVG). */
  map: 'raster' | 'vector';
  measure?: Measure;
}

export function slideScene(input: SlideInput): Prim[] {
  const { atlas, state: st, m, frame } = input;
  const measure = input.measure ?? estimateWidth;
  const out: Prim[] = [{ t: 'rect', x: 0, y: 0, w: SLIDE.width, h: SLIDE.height, fill: WHITE }];

  // Header: the view's title, what is filtered, and when it was exported.
  const { title, details } = viewTitle(atlas, st, m);
  const stamp = fill(m.export.exported, { date: isoDay(input.date) });
  const stampW = measure(stamp, 18);
  const [titleLine = ''] = wrapText(title, 44, SLIDE.width - 2 * M - stampW - 40, 1, measure, 700);
  out.push({ t: 'text', x: M, y: 92, text: titleLine, size: 44, weight: 700, fill: INK });
  out.push({ t: 'text', x: SLIDE.width - M, y: 92, text: stamp, size: 18, fill: MUTED, anchor: 'end' });
  wrapText(details.join('  ·  '), 23, SLIDE.width - 2 * M, 2, measure).forEach((line, i) =>
    out.push({ t: 'text', x: M, y: 136 + i * 30, text: line, size: 23, fill: INK_2 }),
  );

  // The map, framed as on screen, and the South China Sea islands inset at its bottom left.
  const fitted = fitMap(frame, MAP_BOX);
  const mapParts: Prim[] =
    input.map === 'vector'
      ? vectorMap(atlas, svgBasemap(), st, frame.zoom, fitted, MAP_BOX)
      : [
          { t: 'rect', ...MAP_BOX, fill: solid(BASEMAP_THEME.sea) },
          { t: 'raster', box: MAP_BOX, fit: fitted.fit },
        ];
  out.push({
    t: 'group',
    clip: MAP_BOX,
    children: [...mapParts, ...inset(m, measure)],
    attrs: { class: 'map' },
  });
  out.push({ t: 'rect', ...MAP_BOX, stroke: solid('#b3ada2'), sw: 1 });

  out.push({
    t: 'group',
    children: legend(atlas, st, m, measure, fitted.k * symbolScaleForZoom(settledZoom(frame.zoom))),
    attrs: { class: 'legend', id: 'legend' },
  });
  out.push({ t: 'group', children: linkBlock(input, measure), attrs: { class: 'view-link' } });

  // Footer: the sources of what is shown, with their as-of dates.
  const line = sourceLine(atlas, viewSources(atlas, st), st, m);
  wrapText(line, 16.5, SLIDE.width - 2 * M, 3, measure).forEach((text, i) =>
    out.push({ t: 'text', x: M, y: 1000 + i * 22, text, size: 16.5, fill: INK_2 }),
  );
  return out;
}

function inset(m: Messages, measure: Measure): Prim[] {
  const width = 170;
  const p = insetPaths(INSET_BOUNDS, width, chinaRegions(), WORLD, ISLAND_POINTS);
  const x = MAP_BOX.x + 12;
  const captionH = 24;
  const y = MAP_BOX.y + MAP_BOX.h - 12 - p.height - captionH;
  const theme = BASEMAP_THEME;
  const shift = (d: string) =>
    d.replace(
      /(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g,
      (_, a: string, b: string) => `${(Number(a) + x).toFixed(1)},${(Number(b) + y).toFixed(1)}`,
    );
  const [caption = ''] = wrapText(m.map.insetCaption, 12, width - 4, 1, measure);
  return [
    {
      t: 'group',
      clip: { x, y, w: width, h: p.height },
      attrs: { class: 'inset' },
      children: [
        { t: 'rect', x, y, w: width, h: p.height, fill: solid(theme.sea) },
        {
          t: 'path',
          d: shift(p.world),
          fill: solid(theme.otherLand),
          stroke: solid(theme.otherLandLine),
          sw: 0.5,
        },
        { t: 'path', d: shift(p.china), fill: solid(theme.region), stroke: solid(theme.regionLine), sw: 0.6 },
        ...p.islands.map(([cx, cy]): Prim => ({
          t: 'circle',
          cx: cx + x,
          cy: cy + y,
          r: 2.2,
          fill: paint(theme.islandFill),
          stroke: paint(theme.islandLine),
          sw: 1,
        })),
      ],
    },
    { t: 'rect', x, y: y + p.height, w: width, h: captionH, fill: WHITE },
    { t: 'rect', x, y, w: width, h: p.height + captionH, stroke: solid('#8d877c'), sw: 1 },
    { t: 'text', x: x + 6, y: y + p.height + 17, text: caption, size: 12, fill: INK_2 },
  ];
}

function legend(atlas: Atlas, st: ExportState, m: Messages, measure: Measure, symbolK: number): Prim[] {
  const { x, w } = SIDE_BOX;
  const bottom = SIDE_BOX.y + SIDE_BOX.h - QR_SIZE - 110;
  const out: Prim[] = [
    { t: 'text', x, y: SIDE_BOX.y + 22, text: m.legend.title, size: 22, weight: 700, fill: INK },
  ];
  let y = SIDE_BOX.y + 44;
  const size = 17;
  const lh = 22;
  const textX = x + 40;
  /** A row: a symbol drawn centred at (x + 16, row middle), and wrapped text beside it. */
  const row = (text: string, symbol: (cy: number) => Prim[], swatch = 36) => {
    const lines = wrapText(text, size, w - 40, 3, measure);
    const h = Math.max(swatch, lines.length * lh + 6);
    if (y + h > bottom) return;
    const cy = y + h / 2;
    out.push(...symbol(cy));
    lines.forEach((line, i) =>
      out.push({
        t: 'text',
        x: textX,
        y: cy - ((lines.length - 1) * lh) / 2 + i * lh,
        text: line,
        size,
        fill: INK,
        middle: true,
      }),
    );
    y += h + 6;
  };
  for (const l of LAYER_IDS) {
    if (!st.visibleLayers.includes(l)) continue;
    row(m.layers[l], (cy) => [
      { t: 'circle', cx: x + 16, cy, r: 10, stroke: solid(LAYER_HEX[l]), sw: RING_WIDTH[l] * 1.2 },
    ]);
  }
  y += 6;
  const sizes = legendSizes(atlas, st.metric);
  const sizeText =
    st.metric === 'none' ? m.legend.noSize : fill(m.legend.size, { metric: m.metric[st.metric] });
  const lines = wrapText(sizeText, size, w, 3, measure);
  lines.forEach((line, i) => out.push({ t: 'text', x, y: y + 16 + i * lh, text: line, size, fill: INK }));
  y += lines.length * lh + 8;
  if (sizes.length) {
    // The reference circles at the map's own symbol size on the slide, each value under its circle.
    const radii = sizes.map((s) => s.radius * symbolK);
    const h = Math.max(...radii) * 2 + 4;
    if (y + h + lh < bottom) {
      let cx = x + 2;
      radii.forEach((r, i) => {
        const centre = cx + Math.max(r, 18);
        out.push({ t: 'circle', cx: centre, cy: y + h / 2, r, fill: paint(CORE_COLOR) });
        const v = sizes[i]!.value;
        out.push({
          t: 'text',
          x: centre,
          y: y + h + lh - 4,
          text: formatNumber(v, st.lang, Number.isInteger(v) ? 0 : 2),
          size: size - 2,
          fill: INK,
          anchor: 'middle',
        });
        cx = centre + Math.max(r, 18) + 14;
      });
      y += h + lh + 8;
    }
  }
  if (st.metric !== 'none')
    row(m.legend.notReported, (cy) => [
      {
        t: 'circle',
        cx: x + 16,
        cy,
        r: CORE_RADIUS_NOT_REPORTED * symbolK,
        fill: paint(NOT_REPORTED_FILL),
        stroke: paint(NOT_REPORTED_LINE),
        sw: 1.5,
      },
    ]);
  if (st.scenarios.length) {
    row(m.legend.dimmed, (cy) => [
      { t: 'circle', cx: x + 16, cy, r: 8, fill: paint(withAlpha(CORE_COLOR, FILTER_ALPHA['no-match'])) },
    ]);
    if (st.showNoScenarioData)
      row(m.legend.noScenarioData, (cy) => [
        { t: 'circle', cx: x + 16, cy, r: 8, fill: paint(withAlpha(CORE_COLOR, FILTER_ALPHA['no-data'])) },
      ]);
  }
  const note = wrapText(m.legend.rings, 14, w, 4, measure);
  if (y + note.length * 18 + 8 < bottom)
    note.forEach((line, i) =>
      out.push({ t: 'text', x, y: y + 14 + i * 18, text: line, size: 14, fill: MUTED }),
    );
  return out;
}

/** The QR code of the view's link with a caption and the link in small print; or the link alone. */
function linkBlock(input: SlideInput, measure: Measure): Prim[] {
  const { m, link, qr } = input;
  const { x, w } = SIDE_BOX;
  const bottom = SIDE_BOX.y + SIDE_BOX.h;
  const text = link.kind === 'url' ? link.url : link.text;
  const lines = wrapText(text, 13, w, 3, measure);
  const out: Prim[] = [];
  lines.forEach((line, i) =>
    out.push({
      t: 'text',
      x,
      y: bottom - 4 - (lines.length - 1 - i) * 17,
      text: line,
      size: 13,
      fill: INK_2,
    }),
  );
  let top = bottom - lines.length * 17 - 10;
  if (qr) {
    const n = qr.length;
    const cell = Math.max(1, Math.floor(QR_SIZE / (n + 8)));
    const total = cell * (n + 8);
    top -= total;
    out.push({ t: 'qr', x, y: top, cell, modules: qr });
    out.push({ t: 'rect', x, y: top, w: total, h: total, stroke: LINE, sw: 1 });
  }
  out.push({
    t: 'text',
    x,
    y: top - 10,
    text: qr ? m.export.scan : m.export.link,
    size: 16,
    weight: 600,
    fill: INK,
  });
  return out;
}
