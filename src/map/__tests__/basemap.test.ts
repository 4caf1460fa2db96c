import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { chinaRegions, buildMapStyle, BASEMAP_THEME } from '../basemap/basemap';

describe('basemap', () => {
  const regions = chinaRegions().features;
  test('every region has an English and a Chinese name', () => {
    for (const r of regions) {
      expect(r.properties.en, String(r.id)).not.toBe(r.properties.id);
      expect(r.properties.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  test('China is drawn with Taiwan, Hong Kong, Macau and the South China Sea islands', () => {
    const ids = regions.map((r) => r.properties.id);
    expect(ids.filter((id) => id.startsWith('CN.')).length).toBeGreaterThanOrEqual(31 + 5);
    for (const id of ['CN.TW', 'CN.HK', 'CN.MO', 'CN', 'CN.NS', 'CN.HY']) expect(ids).toContain(id);
  });
  test('the style is valid MapLibre style JSON', () => {
    expect(validateStyleMin(buildMapStyle(BASEMAP_THEME)).map((e) => e.message)).toEqual([]);
  });
  test('the style needs no network: no tiles, glyphs or sprites', () => {
    const style = buildMapStyle(BASEMAP_THEME);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });
});
