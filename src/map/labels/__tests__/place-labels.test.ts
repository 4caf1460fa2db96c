import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../../data/constants';
import { layoutFor, themeTokens, type Theme } from '../../../design/encoding';
import type { Lang } from '../../../i18n';
import { visiblePlaces } from '../../../store/selectors';
import { TEST_ATLAS } from '../../../testing/atlas';
import { insetBox } from '../../camera-driver';
import { fitChina, project, type Padding, type Size } from '../../camera-fit';
import { placeSymbols } from '../../layers/place-geometry';
import { symbolScaleForZoom } from '../../scales';
import { REGION_LABELS } from '../../basemap/basemap';
import { CLUSTER_LABEL_CHARS, clusterText, labelItems, regionItems } from '../label-input';
import {
  circleHitsBox,
  estimateTextWidth,
  overlaps,
  placePlaceLabels,
  segmentHitsBox,
  type Box,
  type LabelItem,
  type PlacementOptions,
} from '../place-labels';

/** The national view as the app frames it (measured in Chromium: map size, rail, year control, inset). */
const VIEWS: Record<string, Record<Theme, { map: Size; covered: Padding; inset: Size }>> = {
  '1920x1080': {
    light: {
      map: { width: 1920, height: 1016 },
      covered: { top: 0, right: 0, bottom: 131, left: 332 },
      inset: { width: 152, height: 231 },
    },
    projector: {
      map: { width: 1920, height: 984 },
      covered: { top: 0, right: 0, bottom: 156, left: 492 },
      inset: { width: 152, height: 269 },
    },
  },
  '1366x768': {
    light: {
      map: { width: 1366, height: 704 },
      covered: { top: 0, right: 0, bottom: 131, left: 332 },
      inset: { width: 114, height: 194 },
    },
    projector: {
      map: { width: 1366, height: 696 },
      covered: { top: 0, right: 0, bottom: 153, left: 372 },
      inset: { width: 114, height: 202 },
    },
  },
  '1280x720': {
    light: {
      map: { width: 1280, height: 656 },
      covered: { top: 0, right: 0, bottom: 131, left: 332 },
      inset: { width: 114, height: 194 },
    },
    projector: {
      map: { width: 1280, height: 648 },
      covered: { top: 0, right: 0, bottom: 153, left: 372 },
      inset: { width: 114, height: 202 },
    },
  },
};

function nationalView(screen: string, theme: Theme, lang: Lang, layers = LAYER_IDS) {
  const v = VIEWS[screen]![theme];
  const tokens = themeTokens(theme, layoutFor(v.map.width));
  const inset = insetBox(v.map, v.covered, v.inset)!;
  const camera = fitChina(v.map, v.covered, inset)!;
  const zoom = Math.round(camera.zoom * 20) / 20;
  const at = { ...camera, zoom };
  const proj = (ll: [number, number]) => project(ll, at, v.map);
  const symbols = placeSymbols(
    visiblePlaces(TEST_ATLAS, layers),
    'licences',
    layers,
    symbolScaleForZoom(zoom) * tokens.symbolScale,
  );
  const items = labelItems(symbols, proj, lang);
  const viewport: Box = { x0: v.covered.left, y0: 0, x1: v.map.width, y1: v.map.height - v.covered.bottom };
  const opts: PlacementOptions = {
    size: tokens.mapLabel,
    viewport,
    occluders: [inset],
    regions: regionItems(proj, lang, tokens.regionLabel, REGION_LABELS),
    clusterText: clusterText(lang),
  };
  return { items, opts, placement: placePlaceLabels(items, opts) };
}

const CASES = Object.keys(VIEWS).flatMap((screen) =>
  (['light', 'projector'] as const).flatMap((theme) =>
    (['en', 'zh'] as const).map((lang) => ({ screen, theme, lang })),
  ),
);

describe('place labels at the national view (real data, the app’s camera fit)', () => {
  test.each(CASES)(
    '$screen $theme $lang: every place is labelled or in a labelled cluster',
    ({ screen, theme, lang }) => {
      const { items, placement } = nationalView(screen, theme, lang);
      expect(placement.unlabelled).toEqual([]);
      for (const it of items) {
        const cluster = placement.clusterOf.get(it.id);
        expect(placement.labels.has(it.id) || !!cluster?.label, `${it.id} is labelled`).toBe(true);
      }
    },
  );

  test.each(CASES)(
    '$screen $theme $lang: no label overlaps a label, a symbol or a leader line',
    ({ screen, theme, lang }) => {
      const { items, opts, placement } = nationalView(screen, theme, lang);
      const labels = [
        ...placement.labels.values(),
        ...placement.clusters.flatMap((c) => (c.label ? [c.label] : [])),
      ];
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i]!;
        expect(
          opts.viewport &&
            a.box.x0 >= opts.viewport.x0 &&
            a.box.x1 <= opts.viewport.x1 &&
            a.box.y0 >= opts.viewport.y0 &&
            a.box.y1 <= opts.viewport.y1,
          `${a.text} inside the free map`,
        ).toBe(true);
        for (const o of opts.occluders ?? [])
          expect(overlaps(a.box, o), `${a.text} clear of the inset`).toBe(false);
        for (let j = i + 1; j < labels.length; j++)
          expect(overlaps(a.box, labels[j]!.box), `${a.text} / ${labels[j]!.text}`).toBe(false);
        for (const it of items)
          expect(circleHitsBox(it.x, it.y, it.r, a.box), `${a.text} over the symbol of ${it.id}`).toBe(false);
        for (const b of labels)
          if (b.leader)
            expect(segmentHitsBox(b.leader, a.box), `${a.text} over ${b.text}'s leader`).toBe(false);
      }
    },
  );

  test.each(CASES)('$screen $theme $lang: region names give way to places', ({ screen, theme, lang }) => {
    const { items, opts, placement } = nationalView(screen, theme, lang);
    const labels = [
      ...placement.labels.values(),
      ...placement.clusters.flatMap((c) => (c.label ? [c.label] : [])),
    ];
    expect(placement.regions.size).toBeGreaterThan(5);
    for (const r of opts.regions!) {
      if (!placement.regions.has(r.id)) continue;
      const w = r.text.length * r.size;
      const box = { x0: r.x - w / 4, x1: r.x + w / 4, y0: r.y - r.size / 3, y1: r.y + r.size / 3 };
      for (const it of items)
        expect(circleHitsBox(it.x, it.y, it.r, box), `${r.id} under ${it.id}`).toBe(false);
      for (const l of labels) expect(overlaps(l.box, box), `${r.id} under ${l.text}`).toBe(false);
    }
  });

  test.each(CASES)(
    '$screen $theme $lang: a province name never runs into a place name',
    ({ screen, theme, lang }) => {
      const { opts, placement } = nationalView(screen, theme, lang);
      const labels = [
        ...placement.labels.values(),
        ...placement.clusters.flatMap((c) => (c.label ? [c.label] : [])),
      ];
      for (const r of opts.regions!) {
        if (!placement.regions.has(r.id)) continue;
        // Its drawn extent, and a gap of a third of a character each side ("云南长沙" read as one name).
        const half = estimateTextWidth(r.text, r.size) / 2 + r.size / 3;
        const box = { x0: r.x - half, x1: r.x + half, y0: r.y - r.size / 2, y1: r.y + r.size / 2 };
        for (const l of labels) expect(overlaps(l.box, box), `${r.id} against ${l.text}`).toBe(false);
      }
    },
  );

  test('the Yangtze delta and Beijing-Tianjin stay readable: the buried places are clustered, not lost', () => {
    for (const screen of ['1920x1080', '1280x720']) {
      const { placement } = nationalView(screen, 'light', 'en');
      const delta = placement.clusterOf.get('suzhou');
      expect(delta?.members).toEqual(expect.arrayContaining(['shanghai', 'suzhou', 'wuxi']));
      expect(delta?.label?.text).toMatch(/^Shanghai \+\d$/);
      expect(placement.clusterOf.get('tianjin')?.members).toContain('beijing');
    }
  });

  test('Wuhan, Changsha and Guangzhou are named on the map at 1920x1080 and 1366x768', () => {
    for (const screen of ['1920x1080', '1366x768'])
      for (const id of ['wuhan', 'changsha', 'guangzhou']) {
        const { placement } = nationalView(screen, 'light', 'en');
        // Its own label, or the first name of its cluster's label.
        const named = placement.labels.has(id) || placement.clusterOf.get(id)?.members[0] === id;
        expect(named, `${id} at ${screen}`).toBe(true);
      }
  });
});

describe('placement rules', () => {
  const item = (id: string, x: number, y: number, r = 10, priority = 1): LabelItem => ({
    id,
    x,
    y,
    r,
    text: id,
    priority,
  });
  test('a place whose centre is under another symbol joins its cluster; the cluster is labelled', () => {
    const p = placePlaceLabels([item('big', 100, 100, 30, 9), item('small', 110, 105, 8)], { size: 13 });
    expect(p.clusterOf.get('small')?.members).toEqual(['big', 'small']);
    expect(p.clusterOf.get('small')?.label?.text).toBe('big +1');
  });
  test('a pinned place is labelled on its own even under another symbol', () => {
    const p = placePlaceLabels(
      [item('big', 100, 100, 30, 9), { ...item('small', 110, 105, 8), pinned: true }],
      { size: 13 },
    );
    expect(p.labels.has('small')).toBe(true);
    expect(p.clusterOf.has('small')).toBe(false);
  });
  test('with no room beside it, a label stands off with a leader line', () => {
    // A wall of symbols right next to the place on every side but far below.
    const ring = [-1, 0, 1].flatMap((dx) =>
      [-1, 0].map((dy) => item(`o${dx}${dy}`, 200 + dx * 26, 200 + dy * 26, 12)),
    );
    const p = placePlaceLabels([item('a', 200, 226, 8, 9), ...ring.filter((r) => r.id !== 'o00')], {
      size: 13,
    });
    const label = p.labels.get('a');
    expect(label).toBeDefined();
  });
  test('region labels under a symbol are dropped', () => {
    const p = placePlaceLabels([item('a', 100, 100, 10)], {
      size: 13,
      regions: [
        { id: 'under', x: 100, y: 100, text: 'Under', size: 12 },
        { id: 'clear', x: 400, y: 400, text: 'Clear', size: 12 },
      ],
    });
    expect([...p.regions]).toEqual(['clear']);
  });
  test('a region name right against a place name gives way (the two would read as one name)', () => {
    const p = placePlaceLabels([item('a', 100, 100, 10)], { size: 13 });
    const box = p.labels.get('a')!.box;
    // A name starting 2 px after the place label's end, on its line.
    const text = '云南';
    const x = box.x1 + 2 + (estimateTextWidth(text, 12) + 2) / 2;
    const q = placePlaceLabels([item('a', 100, 100, 10)], {
      size: 13,
      regions: [{ id: 'yunnan', x, y: (box.y0 + box.y1) / 2, text, size: 12 }],
    });
    expect(q.labels.get('a')!.box).toEqual(box);
    expect([...q.regions]).toEqual([]);
  });
  test('the text atlas holds every character a cluster label adds, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const text = clusterText(lang)('X', 8);
      for (const ch of text.replace('X', '').replace(/[0-9 ]/g, ''))
        expect(CLUSTER_LABEL_CHARS).toContain(ch);
    }
  });
});
