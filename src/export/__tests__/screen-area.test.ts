import { describe, expect, test } from 'vitest';
import { toAspect, visibleMapArea } from '../screen-area';

const container = { left: 0, top: 64, width: 1920, height: 1016 };

describe('the map area the user sees', () => {
  test('is the container less the rail on the left and the place panel on the right', () => {
    const rail = { left: 12, top: 76, width: 320, height: 990 };
    const panel = { left: 1508, top: 76, width: 400, height: 990 };
    expect(visibleMapArea(container, [rail, panel])).toEqual({ x0: 332, y0: 0, x1: 1508, y1: 1016 });
    expect(visibleMapArea(container, [{ ...rail, width: 0, height: 0 }])).toEqual({
      x0: 0,
      y0: 0,
      x1: 1920,
      y1: 1016,
    });
  });
  test('stops above a phone bottom sheet, and ignores a sheet over everything', () => {
    const phone = { left: 0, top: 56, width: 390, height: 788 };
    const sheet = { left: 0, top: 844 - 464, width: 390, height: 464 };
    expect(visibleMapArea(phone, [sheet])).toEqual({ x0: 0, y0: 0, x1: 390, y1: 380 - 56 });
    expect(visibleMapArea(phone, [{ left: 0, top: 56, width: 390, height: 788 }])).toEqual({
      x0: 0,
      y0: 0,
      x1: 390,
      y1: 788,
    });
  });
  test('is widened to the slide map box about its centre, within the container', () => {
    const area = { x0: 332, y0: 0, x1: 1508, y1: 1016 };
    const wide = toAspect(area, 2, 1920, 1016);
    expect(wide.x1 - wide.x0).toBe(1920);
    expect((wide.y1 - wide.y0) / 1016).toBeCloseTo(1);
    const centred = toAspect({ x0: 600, y0: 0, x1: 1000, y1: 400 }, 2, 1920, 1016);
    expect(centred).toEqual({ x0: 400, y0: 0, x1: 1200, y1: 400 });
  });
});
