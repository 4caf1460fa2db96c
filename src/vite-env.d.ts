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

/** True in the offline single file (vite.single.config.ts). */
declare const __ICV_SINGLE_FILE__: boolean;
/** The hosted site's address from the build environment (ICV_ATLAS_URL), or ''. */
declare const __ICV_ATLAS_URL__: string;
