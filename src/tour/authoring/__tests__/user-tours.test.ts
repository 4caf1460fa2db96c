import { beforeEach, describe, expect, test } from 'vitest';
import { useAppStore } from '../../../store';
import { TEST_ATLAS } from '../../../testing/atlas';
import { parseUrlState } from '../../../url/url-state';
import { tourById } from '../../tours';
import { STORAGE_KEY } from '../storage';
import { startUserTours, useUserTours } from '../user-tours';
import { memoryStorage, userTour } from './fixture';

const PLACES = new Set(TEST_ATLAS.placeById.keys());
const storage = memoryStorage({
  [STORAGE_KEY]: JSON.stringify({ version: 1, tours: [userTour('user-saved')] }),
});
const stored = () => (JSON.parse(storage.getItem(STORAGE_KEY)!) as { tours: { id: string }[] }).tours;

describe('user tours', () => {
  beforeEach(() => {
    startUserTours(TEST_ATLAS, storage); // once: later calls keep the first storage
  });

  test('load from storage into the registry, so ?tour=user-… resolves and plays', () => {
    expect(useUserTours.getState().tours.map((t) => t.id)).toContain('user-saved');
    expect(tourById('user-saved')?.slides).toHaveLength(2);
    expect(tourById('user-unknown')).toBeUndefined();
    const { state, dropped } = parseUrlState('?tour=user-saved&slide=2', PLACES);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ tour: 'user-saved', slide: 2 });
    useAppStore.setState({ lang: 'en' });
    useAppStore.getState().startTour('user-saved', 2);
    // The slide's state, and the language its text was written in.
    expect(useAppStore.getState()).toMatchObject({
      tour: 'user-saved',
      slide: 2,
      selectedPlaceId: 'beijing',
      visibleLayers: ['double-smart-city'],
      scenarios: ['robotaxi'],
      year: 2021,
      lang: 'zh',
    });
    useAppStore.getState().exitTour();
  });

  test('every edit is saved: new tour, slides added, edited, moved, deleted', () => {
    const api = useUserTours.getState();
    const id = api.createTour('Talk');
    expect(id).toMatch(/^user-[a-z0-9]+-[a-z0-9]{6}$/);
    const [a, b] = userTour().slides;
    api.addSlide(id, a!);
    api.addSlide(id, b!);
    api.updateSlide(id, 's-1', { title: 'Opening', notes: 'Say hello' });
    api.moveSlide(id, 's-2', -1);
    api.moveSlide(id, 's-2', -1); // already first: nothing moves
    const saved = () => stored().find((t) => t.id === id) as unknown as ReturnType<typeof userTour>;
    expect(saved().slides.map((s) => s.id)).toEqual(['s-2', 's-1']);
    expect(saved().slides[1]).toMatchObject({
      title: { en: 'Opening', zh: 'Opening' },
      notes: { en: 'Say hello' },
    });
    api.updateSlide(id, 's-1', { notes: '  ' });
    expect(saved().slides[1]!.notes).toBeUndefined();
    api.deleteSlide(id, 's-2');
    expect(saved().slides.map((s) => s.id)).toEqual(['s-1']);
    api.deleteTour(id);
    expect(stored().some((t) => t.id === id)).toBe(false);
  });

  test('a tour with no slides yet neither plays nor opens from the URL', () => {
    const id = useUserTours.getState().createTour('Empty');
    useAppStore.getState().startTour(id);
    expect(useAppStore.getState().tour).toBeNull();
    expect(parseUrlState(`?tour=${id}&slide=1`, PLACES).dropped).toEqual([`tour=${id}`]);
    useUserTours.getState().deleteTour(id);
  });

  test('adding a tour that is already there keeps one copy; another tour with its id gets a new id', () => {
    const api = useUserTours.getState();
    expect(api.addTour(userTour('user-saved'))).toBe('user-saved');
    const changed = { ...userTour('user-saved'), title: { en: 'Other', zh: 'Other' } };
    const id = api.addTour(changed);
    expect(id).not.toBe('user-saved');
    expect(useUserTours.getState().tours.filter((t) => t.id === 'user-saved')).toHaveLength(1);
    expect(tourById(id)?.title.en).toBe('Other');
  });
});
