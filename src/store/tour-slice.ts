// The tour being played: which tour, which slide (1-based, 0 = none), whether the presenter has
// stepped out to explore (paused) or blanked the screen. Going to a slide sets the map's state for
// it in the same store update (layers, metric, filter, selection, camera intent), so slide steps
// are synchronous and a key during a camera flight is never lost.
import type { StateCreator } from 'zustand';
import { tourById } from '../tour/tours';
import type { Slide } from '../tour/types';
import { cameraIntent, type AppState } from './slices';

export interface TourSlice {
  tour: string | null;
  slide: number;
  paused: boolean;
  blank: boolean;
  /** The slide whose map state was last applied (a slide from the URL is applied once the player mounts). */
  appliedSlide: number;
  /** A tour shared as a link (?tourdata=, encoded by src/tour/authoring/share-link.ts), not yet loaded. */
  tourData: string | null;
  setTourData: (data: string | null) => void;
  startTour: (id: string, slide?: number) => void;
  /** Go to a slide (clamped to the tour) and set the map for it; also resumes a paused tour. */
  goToSlide: (n: number) => void;
  pauseTour: () => void;
  setBlank: (blank: boolean) => void;
  exitTour: () => void;
}

export const initialTourState = {
  tour: null as string | null,
  slide: 0,
  paused: false,
  blank: false,
  appliedSlide: 0,
};

/** The store fields a slide sets. */
export function slideState(slide: Slide): Partial<AppState> {
  const camera = slide.camera;
  return {
    visibleLayers: [...slide.layers],
    metric: slide.metric,
    scenarios: [...slide.scenarios],
    match: slide.match,
    selectedPlaceId: slide.place,
    // A slide shows the year it names, else every designation; it selects one place or none (no
    // comparison).
    year: slide.year ?? null,
    compare: [],
    view: null,
    // A slide the user authored shows the language its text was written in.
    ...(slide.lang ? { lang: slide.lang } : {}),
    cameraIntent: cameraIntent(
      camera.kind === 'view'
        ? { kind: 'view', view: camera.view }
        : camera.kind === 'place' && slide.place
          ? { kind: 'place', placeId: slide.place, zoomIn: true }
          : { kind: 'fit', force: true },
    ),
  };
}

export const createTourSlice: StateCreator<AppState, [], [], TourSlice> = (set, get) => ({
  ...initialTourState,
  tourData: null,
  setTourData: (tourData) => set({ tourData }),
  startTour: (id, slide = 1) => {
    // A user's tour may have no slides yet: nothing to play.
    if (!tourById(id)?.slides.length) return;
    set({ tour: id, slide: 0, appliedSlide: 0 });
    get().goToSlide(slide);
  },
  goToSlide: (n) => {
    const tour = tourById(get().tour);
    if (!tour?.slides.length) return;
    const slide = Math.min(Math.max(Math.round(n) || 1, 1), tour.slides.length);
    set({ ...slideState(tour.slides[slide - 1]!), slide, appliedSlide: slide, paused: false, blank: false });
  },
  pauseTour: () => set({ paused: true, blank: false }),
  setBlank: (blank) => set({ blank }),
  exitTour: () => set({ ...initialTourState }),
});
