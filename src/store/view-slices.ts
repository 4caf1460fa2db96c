// State of the map's views that the URL shares: the designation timeline's year and the places being
// compared. Ids and numbers only; what they mean is derived in selectors (timeline.ts, compare.ts).
import type { StateCreator } from 'zustand';
import type { AppState } from './slices';
import { FIRST_YEAR, isTimelineYear, LAST_YEAR } from './timeline';

/** At most this many places side by side. */
export const MAX_COMPARE = 3;

export interface TimelineSlice {
  /** Show the programmes as designated by the end of this year; null: everything as today. */
  year: number | null;
  setYear: (year: number | null) => void;
  /** One year back or forward (from "all years", forward starts at the first year, back at the last). */
  stepYear: (delta: 1 | -1) => void;
}

export interface CompareSlice {
  /** Places compared side by side (0, or 1-3 while the user picks). */
  compare: string[];
  /** Add a place (ignored when already there or when the comparison is full). */
  addToCompare: (id: string) => void;
  removeFromCompare: (id: string) => void;
  clearCompare: () => void;
}

export const initialTimelineState = { year: null as number | null };
export const initialCompareState = { compare: [] as string[] };

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  ...initialTimelineState,
  setYear: (year) => set({ year: year !== null && isTimelineYear(year) ? year : null }),
  stepYear: (delta) =>
    set((s) => {
      if (s.year === null) return { year: delta > 0 ? FIRST_YEAR : LAST_YEAR };
      return { year: Math.min(LAST_YEAR, Math.max(FIRST_YEAR, s.year + delta)) };
    }),
});

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set) => ({
  ...initialCompareState,
  addToCompare: (id) =>
    set((s) =>
      s.compare.includes(id) || s.compare.length >= MAX_COMPARE ? s : { compare: [...s.compare, id] },
    ),
  removeFromCompare: (id) => set((s) => ({ compare: s.compare.filter((x) => x !== id) })),
  clearCompare: () => set({ compare: [] }),
});
