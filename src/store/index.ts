import { create } from 'zustand';
import { createDisplaySlice, createFilterSlice, createSelectionSlice, type AppState } from './slices';

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createDisplaySlice(...a),
}));

export type AppStore = typeof useAppStore;
