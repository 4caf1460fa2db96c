import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { THEME_TOKENS } from '../../design/encoding';
import { basemapThemeOf, buildMapStyle } from '../basemap/basemap';
import { restyleBasemap } from '../basemap/basemap-restyle';

const light = basemapThemeOf(THEME_TOKENS.light);
const projector = basemapThemeOf(THEME_TOKENS.projector);

describe('basemap themes', () => {
  test('the projector style is valid and darker at sea, with heavier boundaries', () => {
    const style = buildMapStyle(projector);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    const paint = (id: string) => style.layers.find((l) => l.id === id)!.paint as Record<string, unknown>;
    expect(paint('sea')['background-color']).toBe(THEME_TOKENS.projector.basemapHex.sea);
    expect(paint('world-line')['line-width']).toBeGreaterThan(0.6);
  });

  test('a theme change sets every paint property of the new theme on the running map', () => {
    const set: Record<string, Record<string, unknown>> = {};
    const map = {
      getLayer: (id: string) => (id === 'world-line' ? undefined : ({ id } as never)),
      setPaintProperty: (layer: string, prop: string, value: unknown) => {
        (set[layer] ??= {})[prop] = value;
        return map as never;
      },
    };
    restyleBasemap(map, projector);
    const want = buildMapStyle(projector).layers.filter((l) => l.id !== 'world-line');
    for (const l of want) expect(set[l.id], l.id).toEqual(l.paint);
    // A layer missing from the style is skipped, not an error.
    expect(set['world-line']).toBeUndefined();
    restyleBasemap(map, light);
    expect(set.sea!['background-color']).toBe(THEME_TOKENS.light.basemapHex.sea);
    expect(set['china-fill']!['fill-color']).toBe(THEME_TOKENS.light.basemapHex.region);
  });
});
