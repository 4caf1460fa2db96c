/// <reference types="vite/client" />

declare module 'virtual:basemap' {
  import type { FeatureCollection } from 'geojson';
  import type { Topology } from 'topojson-specification';
  const basemap: {
    provinces: Topology;
    extras: FeatureCollection;
    world: FeatureCollection;
    labels: { id: string; position: [number, number] }[];
  };
  export default basemap;
}
