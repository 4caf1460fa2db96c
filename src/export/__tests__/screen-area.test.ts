import { describe, expect, test } from 'vitest';
import { toAspect, visibleMapArea } from '../screen-area';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('the map area the user sees', () => {
  test('is the map less the edges the rail and the place panel cover', () => {
    const size = { width: 1920, height: 1016 };
    expect(visibleMapArea(size, { ...none, left: 332, right: 412 })).toEqual({
      x0: 332,
      y0: 0,
      x1: 1508,
      y1: 1016,
    });
    expect(visibleMapArea(size, none)).toEqual({ x0: 0, y0: 0, x1: 1920, y1: 1016 });
  });
  test('stops above a phone bottom sheet; cards over nearly everything give the whole map', () => {
    const phone = { width: 390, height: 788 };
    expect(visibleMapArea(phone, { ...none, bottom: 464 })).toEqual({ x0: 0, y0: 0, x1: 390, y1: 324 });
    expect(visibleMapArea(phone, { ...none, bottom: 700 })).toEqual({ x0: 0, y0: 0, x1: 390, y1: 788 });
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
