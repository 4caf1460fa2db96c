import { describe, expect, test } from 'vitest';
import { nearestSnap, snapForKey, snapHeights } from '../bottom-sheet';

describe('the phone bottom sheet', () => {
  test('peek shows the header, half about half the map, full all of it', () => {
    expect(snapHeights(780)).toEqual({ peek: 132, half: 429, full: 780 });
    // A very short map (landscape phone): the heights never cross.
    const short = snapHeights(200);
    expect(short.peek).toBeLessThanOrEqual(short.half);
    expect(short.half).toBeLessThanOrEqual(short.full);
  });
  test('a drag ends at the nearest height', () => {
    const h = snapHeights(780);
    expect(nearestSnap(150, h)).toBe('peek');
    expect(nearestSnap(500, h)).toBe('half');
    expect(nearestSnap(700, h)).toBe('full');
  });
  test('keys step between heights and stop at the ends', () => {
    expect(snapForKey('ArrowUp', 'half')).toBe('full');
    expect(snapForKey('ArrowUp', 'full')).toBe('full');
    expect(snapForKey('ArrowDown', 'half')).toBe('peek');
    expect(snapForKey('ArrowDown', 'peek')).toBe('peek');
    expect(snapForKey('Home', 'full')).toBe('peek');
    expect(snapForKey('End', 'peek')).toBe('full');
    expect(snapForKey('a', 'half')).toBeNull();
  });
});
