import { create } from 'zustand';
import {
  createDisplaySlice,
  createFilterSlice,
  createLayoutSlice,
  createSelectionSlice,
  type AppState,
} from './slices';
import { createCompareSlice, createTimelineSlice } from './view-slices';

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createDisplaySlice(...a),
  ...createLayoutSlice(...a),
  ...createTimelineSlice(...a),
  ...createCompareSlice(...a),
}));

export type AppStore = typeof useAppStore;
