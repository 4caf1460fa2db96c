// A two-slide user tour for the authoring tests, captured from a map state like the dialog does.
import type { Tour } from '../../types';
import { captureSlide } from '../capture';

export const userTour = (id = 'user-abc-123'): Tour => ({
  id,
  title: { en: 'My tour', zh: 'My tour' },
  slides: [
    captureSlide(
      {
        view: { lon: 121.47, lat: 31.23, zoom: 6 },
        visibleLayers: ['national-test-zone'],
        metric: 'licences',
        scenarios: [],
        match: 'any',
        selectedPlaceId: 'shanghai',
        year: null,
        lang: 'en',
      },
      's-1',
      'Shanghai',
    ),
    captureSlide(
      {
        view: null,
        visibleLayers: ['double-smart-city'],
        metric: 'openedTestRoads',
        scenarios: ['robotaxi'],
        match: 'any',
        selectedPlaceId: 'beijing',
        year: 2021,
        lang: 'zh',
      },
      's-2',
      '北京',
    ),
  ],
});

/** A Storage in memory (jsdom's localStorage is shared between tests). */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}
