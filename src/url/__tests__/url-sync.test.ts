import { afterEach, describe, expect, test } from 'vitest';
import { useAppStore } from '../../store';
import { startUrlSync } from '../url-sync';

const PLACES = new Set(['shanghai', 'beijing', 'wuhan']);
let stop: (() => void) | undefined;
afterEach(() => {
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
    stop = startUrlSync(useAppStore, PLACES);
    const start = window.history.length;
    useAppStore.getState().selectPlace('beijing');
    expect(window.history.length).toBe(start + 1);
    useAppStore.getState().toggleScenario('robotaxi');
    useAppStore.getState().setView({ lon: 116.4, lat: 39.9, zoom: 6 });
    expect(window.history.length).toBe(start + 1);
    expect(window.location.search).toBe('?place=beijing&scenarios=robotaxi&view=116.4,39.9,6');
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
