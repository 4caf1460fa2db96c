import { describe, expect, test } from 'vitest';
import { chinaRegions, ISLAND_POINTS, WORLD } from '../basemap/basemap';
import { insetPaths } from '../inset-paths';
import { INSET_BOUNDS } from '../south-china-sea-inset';

describe('South China Sea inset', () => {
  const paths = insetPaths(INSET_BOUNDS, 150, chinaRegions(), WORLD, ISLAND_POINTS);
  test('marks the three island groups inside the inset frame', () => {
    expect(paths.islands).toHaveLength(3);
    for (const [x, y] of paths.islands) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(paths.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(paths.height);
    }
  });
  test('draws China (Hainan, the islands) and its neighbours, taller than wide (Mercator)', () => {
    expect(paths.china.length).toBeGreaterThan(100);
    expect(paths.world.length).toBeGreaterThan(100);
    expect(paths.height).toBeGreaterThan(paths.width);
  });
});
