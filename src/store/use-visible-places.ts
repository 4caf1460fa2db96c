// The places of the visible layers, for components: one memoised selection shared by the map, the
// filter and the lists, as of the timeline's year.
import { useAtlas } from '../data/atlas-context';
import { useAppStore } from '.';
import { visiblePlaces } from './selectors';

export function useVisiblePlaces() {
  const atlas = useAtlas();
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const year = useAppStore((s) => s.year);
  return visiblePlaces(atlas, visibleLayers, year);
}
