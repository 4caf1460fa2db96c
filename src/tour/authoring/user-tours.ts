// The tours the user authored: a small store of their own, kept in the browser's storage
// (storage.ts) and in the tour registry (tours/index.ts), so ?tour=user-…&slide=N and the player
// find them like the built-in tours. Every change goes through these actions; each saves.
import { create } from 'zustand';
import type { Atlas } from '../../data/load-data';
import { setUserTourRegistry, USER_TOUR_PREFIX } from '../tours';
import type { Slide, Tour } from '../types';
import { browserStorage, loadUserTours, saveUserTours } from './storage';

export interface UserToursState {
  tours: Tour[];
  /** The last write to storage failed (quota, private mode): the tours last for this visit only. */
  saveFailed: boolean;
  /** Stored tours dropped when loading (no longer valid, corrupt storage). */
  droppedOnLoad: number;
  /** What became of a tour link (?tourdata=): opened (its title) or refused (why). */
  linkNotice: { ok: true; title: string } | { ok: false; problems: string[] } | null;
  createTour: (title: string) => string;
  renameTour: (id: string, title: string) => void;
  deleteTour: (id: string) => void;
  /** Adds a tour from a file or link; returns its id (a new one if the id is taken by another tour). */
  addTour: (tour: Tour) => string;
  addSlide: (tourId: string, slide: Slide) => void;
  updateSlide: (tourId: string, slideId: string, patch: { title?: string; notes?: string }) => void;
  moveSlide: (tourId: string, slideId: string, by: -1 | 1) => void;
  deleteSlide: (tourId: string, slideId: string) => void;
}

const randomPart = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');
export const newTourId = () => `${USER_TOUR_PREFIX}${Date.now().toString(36)}-${randomPart()}`;
export const newSlideId = (taken: readonly Slide[]) => {
  for (;;) {
    const id = `s-${randomPart()}`;
    if (!taken.some((s) => s.id === id)) return id;
  }
};

/** User text is one language: both fields of a Bilingual hold it (the slide's `lang` says which). */
const same = (text: string) => ({ en: text, zh: text });
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const useUserTours = create<UserToursState>()((set, get) => {
  const mapTour = (id: string, f: (t: Tour) => Tour) =>
    set({ tours: get().tours.map((t) => (t.id === id ? f(t) : t)) });
  const mapSlides = (id: string, f: (slides: Slide[]) => Slide[]) =>
    mapTour(id, (t) => ({ ...t, slides: f(t.slides) }));
  return {
    tours: [],
    saveFailed: false,
    droppedOnLoad: 0,
    linkNotice: null,
    createTour: (title) => {
      const id = newTourId();
      set({ tours: [...get().tours, { id, title: same(title), slides: [] }] });
      return id;
    },
    renameTour: (id, title) => mapTour(id, (t) => ({ ...t, title: same(title) })),
    deleteTour: (id) => set({ tours: get().tours.filter((t) => t.id !== id) }),
    addTour: (tour) => {
      const existing = get().tours.find((t) => t.id === tour.id);
      if (existing && sameJson(existing, tour)) return existing.id;
      const id = existing ? newTourId() : tour.id;
      set({ tours: [...get().tours, { ...tour, id }] });
      return id;
    },
    addSlide: (tourId, slide) => mapSlides(tourId, (slides) => [...slides, slide]),
    updateSlide: (tourId, slideId, patch) =>
      mapSlides(tourId, (slides) =>
        slides.map((s) => {
          if (s.id !== slideId) return s;
          const next = { ...s };
          if (patch.title !== undefined) next.title = same(patch.title);
          if (patch.notes !== undefined) {
            if (patch.notes.trim()) next.notes = same(patch.notes);
            else delete next.notes;
          }
          return next;
        }),
      ),
    moveSlide: (tourId, slideId, by) =>
      mapSlides(tourId, (slides) => {
        const i = slides.findIndex((s) => s.id === slideId);
        const j = i + by;
        if (i < 0 || j < 0 || j >= slides.length) return slides;
        const next = [...slides];
        [next[i], next[j]] = [next[j]!, next[i]!];
        return next;
      }),
    deleteSlide: (tourId, slideId) => mapSlides(tourId, (slides) => slides.filter((s) => s.id !== slideId)),
  };
});

// The registry follows the store, so the player and ?tour= see every change.
useUserTours.subscribe((s, prev) => {
  if (s.tours !== prev.tours) setUserTourRegistry(s.tours);
});

let started = false;
/** Loads the stored tours (before the URL is read, so ?tour=user-… resolves) and saves every change. */
export function startUserTours(atlas: Atlas, storage: Storage | null = browserStorage()) {
  if (started) return;
  started = true;
  const { tours, dropped } = loadUserTours(storage, atlas);
  useUserTours.setState({ tours, droppedOnLoad: dropped });
  useUserTours.subscribe((s, prev) => {
    if (s.tours === prev.tours) return;
    const ok = saveUserTours(storage, s.tours);
    if (ok === s.saveFailed) useUserTours.setState({ saveFailed: !ok });
  });
}
