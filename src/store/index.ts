import { create } from 'zustand';
import {
  createDisplaySlice,
  createFilterSlice,
  createLayoutSlice,
  createSelectionSlice,
  type AppState,
} from './slices';

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createFilterSlice(...a),
  ...createDisplaySlice(...a),
  ...createLayoutSlice(...a),
}));

export type AppStore = typeof useAppStore;
