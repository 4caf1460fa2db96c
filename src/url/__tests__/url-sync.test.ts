import { afterEach, describe, expect, test, vi } from 'vitest';
import { useAppStore } from '../../store';
import { startUrlSync, VIEW_WRITE_DELAY_MS } from '../url-sync';

const PLACES = new Set(['shanghai', 'beijing', 'wuhan']);
let stop: (() => void) | undefined;
afterEach(() => {
  vi.useRealTimers();
  stop?.();
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.history.replaceState(null, '', '/');
});

const popTo = (url: string) => {
  window.history.replaceState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('URL sync', () => {
  test('hydrates the store from the URL and reports what it dropped', () => {
    window.history.replaceState(null, '', '/?place=wuhan&scenarios=mines,nonsense&lang=zh');
    stop = startUrlSync(useAppStore, PLACES);
    const s = useAppStore.getState();
    expect([s.selectedPlaceId, s.scenarios, s.lang]).toEqual(['wuhan', ['mines'], 'zh']);
    expect(s.notices).toEqual(['scenarios=nonsense']);
    expect(window.location.search).toBe('?place=wuhan&scenarios=mines&lang=zh');
  });
  test('a selection pushes a history entry; other changes replace it', () => {
    vi.useFakeTimers();
    stop = startUrlSync(useAppStore, PLACES);
    const start = window.history.length;
    useAppStore.getState().selectPlace('beijing');
    expect(window.history.length).toBe(start + 1);
    useAppStore.getState().toggleScenario('robotaxi');
    useAppStore.getState().setView({ lon: 116.4, lat: 39.9, zoom: 6 });
    vi.advanceTimersByTime(VIEW_WRITE_DELAY_MS);
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?place=beijing&scenarios=robotaxi&view=116.4,39.9,6');
  });
  test('camera moves are written once the camera settles, not on every step', () => {
    vi.useFakeTimers();
    stop = startUrlSync(useAppStore, PLACES);
    const writes = vi.spyOn(window.history, 'replaceState');
    for (let i = 0; i < 20; i++) useAppStore.getState().setView({ lon: 100 + i, lat: 30, zoom: 4 });
    expect(window.location.search).toBe('');
    vi.advanceTimersByTime(VIEW_WRITE_DELAY_MS);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=119,30,4');
  });
  test('a link with a view asks the camera to restore it; Back to a place asks to show it', () => {
    window.history.replaceState(null, '', '/?view=121.5,31.2,6');
    stop = startUrlSync(useAppStore, PLACES);
    expect(useAppStore.getState().cameraIntent).toMatchObject({
      kind: 'view',
      view: { lon: 121.5, lat: 31.2, zoom: 6 },
    });
    popTo('/?place=wuhan');
    expect(useAppStore.getState().cameraIntent).toMatchObject({ kind: 'place', placeId: 'wuhan' });
  });
  test('Back (popstate) restores the earlier state without pushing again', () => {
    stop = startUrlSync(useAppStore, PLACES);
    useAppStore.getState().selectPlace('beijing');
    useAppStore.getState().selectPlace('wuhan');
    const length = window.history.length;
    popTo('/?place=beijing');
    expect(useAppStore.getState().selectedPlaceId).toBe('beijing');
    expect(window.history.length).toBe(length);
  });
});
