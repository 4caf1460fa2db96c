// The benchmark's baseline (npm run bench): what a bare MapLibre + deck.gl page costs on this machine,
// with the atlas's own basemap style and geo/ points, and nothing else (no React, no store, no panels).
// It marks <html data-map-ready="true"> on the first idle with the points drawn, like the atlas, and a
// click on a point writes its name into #picked (deck.gl's own picking), the "click → DOM change".
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { BASEMAP_THEME, buildMapStyle } from '../../src/map/basemap/basemap';
import { CHINA_BOUNDS } from '../../src/map/camera-fit';
import testZones from '../../geo/national-test-zones.geojson?raw';
import iovZones from '../../geo/iov-pilot-zones.geojson?raw';
import doubleSmart from '../../geo/double-smart-cities.geojson?raw';
import vrcCities from '../../geo/vrc-pilot-cities-2024.geojson?raw';

type Props = { id: string; name: { en: string } };
const points = [testZones, iovZones, doubleSmart, vrcCities].flatMap(
  (text) => (JSON.parse(text) as FeatureCollection<Point, Props>).features,
);

const map = new maplibregl.Map({
  container: 'map',
  style: buildMapStyle(BASEMAP_THEME),
  bounds: CHINA_BOUNDS,
  attributionControl: false,
});
const picked = document.getElementById('picked')!;
const overlay = new MapboxOverlay({
  interleaved: true,
  layers: [
    new ScatterplotLayer<Feature<Point, Props>>({
      id: 'points',
      data: points,
      getPosition: (f) => f.geometry.coordinates as [number, number],
      getRadius: 6,
      radiusUnits: 'pixels',
      getFillColor: [200, 60, 40, 220],
      stroked: true,
      getLineColor: [255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      pickable: true,
      onClick: ({ object }) => {
        if (object) picked.textContent = object.properties.name.en;
      },
    }),
  ],
});
map.on('load', () => {
  map.addControl(overlay);
  map.once('idle', () => (document.documentElement.dataset.mapReady = 'true'));
  map.triggerRepaint();
});
// The same hook the atlas exposes, so the benchmark can project a point to click.
(window as unknown as { baseline: { map: maplibregl.Map; points: typeof points } }).baseline = {
  map,
  points,
};
