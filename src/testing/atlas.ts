// The real, validated atlas for tests (node-side file reads; same data the build bundles).
import { readGeo } from '../../scripts/data-plugin';
import { loadAtlas } from '../data/validate-geo';

export const TEST_ATLAS = loadAtlas(readGeo());
export const place = (id: string) => {
  const p = TEST_ATLAS.placeById.get(id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
