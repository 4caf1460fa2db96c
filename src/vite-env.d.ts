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

declare module 'virtual:geo-data' {
  /** geo/national.json, places.json, sources.json as parsed JSON (validated by the build). */
  export const national: unknown;
  export const places: unknown;
  export const sources: unknown;
  /** Each layer's .geojson file, as text, by layer id (typed in src/data/atlas.ts). */
  export const layerText: Record<string, string>;
}

/** True in the offline single file (vite.single.config.ts). */
declare const __ICV_SINGLE_FILE__: boolean;
/** The hosted site's address from the build environment (ICV_ATLAS_URL), or ''. */
declare const __ICV_ATLAS_URL__: string;
