// The places of the visible layers, for components: one memoised selection shared by the map, the
// filter and the lists.
import { useAtlas } from '../data/atlas-context';
import { useAppStore } from '.';
import { visiblePlaces } from './selectors';

export function useVisiblePlaces() {
  const atlas = useAtlas();
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  return visiblePlaces(atlas, visibleLayers);
}
