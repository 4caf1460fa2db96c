// What every bar, cell and row of the analysis views does with its place: hover highlights it on the
// map (the selection ring), a click or Enter selects it (the map flies there and the panel opens).
import { useAppStore } from '../store';

export function placeHandlers(id: string) {
  const { hoverPlace, goToPlace } = useAppStore.getState();
  return {
    onMouseEnter: () => hoverPlace(id),
    onMouseLeave: () => hoverPlace(null),
    onFocus: () => hoverPlace(id),
    onBlur: () => hoverPlace(null),
    onClick: () => goToPlace(id),
  };
}
