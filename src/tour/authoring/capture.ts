// "Add this view as a slide": the map's state as a slide of the Slide type the built-in tours use.
// The camera is the view on screen; layers, metric, scenario filter, selection and year as set. The
// title starts as the selected place's name (or the layers shown) in the interface language; a
// captured slide has no facts: its numbers stay in the place panel, none is typed or invented.
import type { Atlas } from '../../data/load-data';
import type { Lang } from '../../i18n';
import type { AppState } from '../../store/slices';
import type { Slide } from '../types';

export type CaptureState = Pick<
  AppState,
  'view' | 'visibleLayers' | 'metric' | 'scenarios' | 'match' | 'selectedPlaceId' | 'year' | 'lang'
>;

export function captureSlide(state: CaptureState, id: string, title: string): Slide {
  const place = state.selectedPlaceId;
  return {
    id,
    title: { en: title, zh: title },
    facts: [],
    place,
    camera: state.view ? { kind: 'view', view: { ...state.view } } : { kind: place ? 'place' : 'china' },
    layers: [...state.visibleLayers],
    metric: state.metric,
    scenarios: [...state.scenarios],
    match: state.match,
    ...(state.year !== null ? { year: state.year } : {}),
    lang: state.lang,
  };
}

/** A first title for the slide: the place's name, else "Slide N"-like text from the caller. */
export function defaultSlideTitle(state: CaptureState, atlas: Atlas, fallback: string): string {
  const place = state.selectedPlaceId ? atlas.placeById.get(state.selectedPlaceId) : undefined;
  return place ? place.name[state.lang as Lang] : fallback;
}
