import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { visiblePlaces } from '../../store/selectors';
import { TEST_ATLAS } from '../../testing/atlas';
import { hitTest } from '../hit-test';
import { placeLabels } from '../layers/label-declutter';
import { mercatorPixel } from '../mercator';
import { placeSymbols } from '../layers/place-geometry';

const ZOOM = 4;
const symbols = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS), 'licences', LAYER_IDS);
const project = (ll: [number, number]) => {
  const [x, y] = mercatorPixel(ll, ZOOM);
  return { x, y };
};
const OPTS = {
  tolerance: 4,
  lang: 'en' as const,
  labelSize: 13,
  sides: placeLabels(symbols, ZOOM, 'en', 13),
};
const at = (id: string, dx = 0, dy = 0) => {
  const p = project(TEST_ATLAS.placeById.get(id)!.anchor);
  return { x: p.x + dx, y: p.y + dy };
};
const hit = (point: { x: number; y: number }) => hitTest(symbols, project, point, OPTS)?.place.id ?? null;

describe('hit test', () => {
  test('a click on a place’s centre selects it', () => {
    for (const id of ['shanghai', 'beijing', 'xian', 'liuzhou']) expect(hit(at(id))).toBe(id);
  });
  test('the outer ring and a few pixels of tolerance count; beyond does not', () => {
    const beijing = symbols.find((s) => s.place.id === 'beijing')!;
    expect(hit(at('beijing', 0, -(beijing.outer + 3)))).toBe('beijing');
    expect(hit(at('beijing', 0, -(beijing.outer + 12)))).toBeNull();
  });
  test('where symbols overlap, the nearest centre wins', () => {
    expect(hit(at('shenzhen', 1, 1))).toBe('shenzhen');
    expect(hit(at('guangzhou', -1, -1))).toBe('guangzhou');
  });
  test('a click on a drawn label selects its place', () => {
    const xian = symbols.find((s) => s.place.id === 'xian')!;
    // Xi'an's label is placed to the right of its symbol at this zoom.
    expect(hit(at('xian', xian.outer + 12, 0))).toBe('xian');
  });
  test('empty sea selects nothing', () => {
    expect(hit(project([125, 25]))).toBeNull();
  });
});
