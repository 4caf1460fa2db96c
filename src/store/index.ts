import { create } from 'zustand';
import {
  createDisplaySlice,
  createFilterSlice,
  createLayoutSlice,
  createSelectionSlice,
  type AppState,
} from './slices';
import { createTourSlice } from './tour-slice';
import { createCompareSlice, createTimelineSlice } from './view-slices';

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createDisplaySlice(...a),
  ...createLayoutSlice(...a),
  ...createTourSlice(...a),
  ...createTimelineSlice(...a),
  ...createCompareSlice(...a),
}));

export type AppStore = typeof useAppStore;
