import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { TEST_ATLAS } from '../../testing/atlas';
import { visiblePlaces } from '../../store/selectors';
import { placeLabels, textWidth } from '../layers/label-declutter';
import { mercatorPixel } from '../mercator';
import { placeSymbols } from '../layers/place-geometry';

const symbols = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS), 'licences', LAYER_IDS);

describe('label placement', () => {
  test('at the national view the busiest places are labelled and crowded ones give way', () => {
    const shown = placeLabels(symbols, 3.6, 'en', 13);
    for (const id of ['shanghai', 'beijing', 'guangzhou', 'wuhan']) expect(shown.has(id)).toBe(true);
    expect(shown.size).toBeLessThan(symbols.length);
  });
  test('zooming in makes room for more labels', () => {
    expect(placeLabels(symbols, 7, 'en', 13).size).toBeGreaterThan(placeLabels(symbols, 3.6, 'en', 13).size);
  });
  test('placed label boxes never overlap', () => {
    const zoom = 4;
    const shown = placeLabels(symbols, zoom, 'zh', 13);
    const boxes = symbols
      .filter((s) => shown.get(s.place.id) === 'right')
      .map((s) => {
        const [x, y] = mercatorPixel(s.place.anchor, zoom);
        return {
          x0: x + s.outer + 3,
          x1: x + s.outer + 3 + textWidth(s.place.name.zh, 13),
          y0: y - 8.45,
          y1: y + 8.45,
        };
      });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
  });
  test('Web Mercator pixels: the origin is at lon -180, lat ~85', () => {
    expect(mercatorPixel([-180, 0], 0)).toEqual([0, 256]);
    expect(mercatorPixel([0, 0], 1)).toEqual([512, 512]);
  });
});
