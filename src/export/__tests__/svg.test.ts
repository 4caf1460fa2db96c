import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { CHINA_BOUNDS } from '../../map/camera-fit';
import { LAYER_HEX } from '../../map/scales';
import { useAppStore } from '../../store';
import { TEST_ATLAS } from '../../testing/atlas';
import { qrModules } from '../qr';
import { SLIDE } from '../scene';
import { slideScene, type SlideInput } from '../slide';
import { sceneToSvg } from '../svg';
import { exportStateOf, type ExportState } from '../view-model';

// The atlas as it opens: the store's initial state.
const base: ExportState = exportStateOf(useAppStore.getInitialState());
const url = 'https://owner.github.io/icv-atlas/?place=shanghai';
const input = (state: ExportState, over: Partial<SlideInput> = {}): SlideInput => ({
  atlas: TEST_ATLAS,
  state,
  m: state.lang === 'zh' ? zh : en,
  date: new Date(2026, 10, 26),
  link: { kind: 'url', url },
  qr: qrModules(url),
  frame: { bounds: CHINA_BOUNDS, zoom: 3.6 },
  map: 'vector',
  ...over,
});
const render = (i: SlideInput) => {
  const svg = sceneToSvg(slideScene(i), SLIDE.width, SLIDE.height, 'view');
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { svg, doc };
};
const drawnIds = (doc: Document) =>
  [...doc.querySelectorAll('[data-place-id]')].map((g) => g.getAttribute('data-place-id')).sort();

describe('the SVG slide', () => {
  test('draws every place of the visible layers, with its rings in the layer colours, and the legend', () => {
    const { svg, doc } = render(input(base));
    expect(doc.documentElement.getAttribute('width')).toBe('1920');
    expect(drawnIds(doc)).toEqual(TEST_ATLAS.places.map((p) => p.id).sort());
    const legend = doc.getElementById('legend')!;
    for (const l of LAYER_IDS) {
      expect(legend.textContent).toContain(en.layers[l].split(' ')[0]);
      expect(svg).toContain(`stroke="${LAYER_HEX[l]}"`);
    }
    expect(legend.textContent).toContain('Centre size: Licences issued (2022)');
    // Each size value sits under its own reference circle (centred on it), not in a list beside them.
    const circles = [...legend.querySelectorAll('circle')];
    for (const value of ['100', '325']) {
      const label = [...legend.querySelectorAll('text')].find((t) => t.textContent === value)!;
      expect(label, `a legend label "${value}"`).toBeTruthy();
      const x = Number(label.getAttribute('x'));
      expect(circles.some((c) => Math.abs(Number(c.getAttribute('cx')) - x) < 0.5)).toBe(true);
    }
    // Region geometry and the South China Sea inset are drawn as paths.
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(3);
    expect(doc.querySelector('.inset')).not.toBeNull();
    expect(doc.querySelector('.qr')).not.toBeNull();
  });

  test('follows the layers and the filter: hidden layers and hidden no-data places are not drawn', () => {
    const st: ExportState = {
      ...base,
      visibleLayers: ['iov-pilot-zone'],
      scenarios: ['mines'],
      showNoScenarioData: false,
    };
    const { doc } = render(input(st));
    const iov = TEST_ATLAS.places.filter((p) => p.layers.includes('iov-pilot-zone'));
    expect(drawnIds(doc)).toEqual(
      iov
        .filter((p) => p.scenarios)
        .map((p) => p.id)
        .sort(),
    );
    const legend = doc.getElementById('legend')!.textContent!;
    expect(legend).toContain(en.layers['iov-pilot-zone']);
    expect(legend).not.toContain('demonstration zones');
    expect(legend).toContain(en.legend.dimmed);
  });

  test('carries the title, the source line with as-of dates, and the link', () => {
    const { doc } = render(input({ ...base, selectedPlaceId: 'shanghai' }));
    const text = doc.documentElement.textContent!;
    expect(text).toContain('Shanghai · 上海');
    expect(text).toContain('CAICV 2022 (in Wang, Zhao & Ruet 2024), as of 2022');
    expect(text).toContain('as of 31 Dec 2023');
    expect(text).toContain(url);
  });

  test('without a hosted address: no QR code, the link printed instead; in 中文', () => {
    const { doc } = render(
      input(
        { ...base, lang: 'zh' },
        { link: { kind: 'text', text: 'icv-atlas-offline.html?lang=zh' }, qr: null },
      ),
    );
    expect(doc.querySelector('.qr')).toBeNull();
    const text = doc.documentElement.textContent!;
    expect(text).toContain('icv-atlas-offline.html?lang=zh');
    expect(text).toContain(zh.export.link);
    expect(text).toContain(zh.legend.title);
    expect(text).toContain(zh.app.subtitle);
  });
});
