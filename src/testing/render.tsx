import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { AtlasContext } from '../data/atlas-context';
import { useAppStore } from '../store';
import { TEST_ATLAS } from './atlas';

export function renderWithAtlas(ui: ReactElement) {
  return render(<AtlasContext.Provider value={TEST_ATLAS}>{ui}</AtlasContext.Provider>);
}

/** Reset the store between tests (zustand testing guide). */
export function resetStoreAfterEach() {
  afterEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
}
