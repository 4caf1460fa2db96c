import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../../testing/atlas';
import { loadUserTours, saveUserTours, STORAGE_KEY } from '../storage';
import { parseTourFile, tourFileText } from '../tour-file';
import { memoryStorage, userTour } from './fixture';

describe('user tours in the browser storage', () => {
  test('saved tours load back as they were, under a versioned key', () => {
    const storage = memoryStorage();
    const tours = [userTour('user-a'), userTour('user-b')];
    expect(saveUserTours(storage, tours)).toBe(true);
    expect(STORAGE_KEY).toMatch(/v1$/);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(1);
    expect(loadUserTours(storage, TEST_ATLAS)).toEqual({ tours, dropped: 0 });
  });

  test('nothing stored, corrupt or of another version: no tours, no error', () => {
    expect(loadUserTours(memoryStorage(), TEST_ATLAS)).toEqual({ tours: [], dropped: 0 });
    expect(loadUserTours(null, TEST_ATLAS)).toEqual({ tours: [], dropped: 0 });
    for (const text of ['{not json', 'null', '42', '{"version":2,"tours":[]}', '{"version":1,"tours":{}}'])
      expect(loadUserTours(memoryStorage({ [STORAGE_KEY]: text }), TEST_ATLAS)).toEqual({
        tours: [],
        dropped: 1,
      });
    const blocked = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as Storage;
    expect(loadUserTours(blocked, TEST_ATLAS)).toEqual({ tours: [], dropped: 0 });
  });

  test('a stored tour that no longer checks out is left out; the others load', () => {
    const bad = { ...userTour('user-bad'), slides: [{ ...userTour().slides[0]!, place: 'atlantis' }] };
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({ version: 1, tours: [bad, userTour('user-good'), 'junk'] }),
    });
    const { tours, dropped } = loadUserTours(storage, TEST_ATLAS);
    expect(tours.map((t) => t.id)).toEqual(['user-good']);
    expect(dropped).toBe(2);
  });

  test('a refused write (quota, private mode) is reported, not thrown', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as Storage;
    expect(saveUserTours(full, [userTour()])).toBe(false);
    expect(saveUserTours(null, [userTour()])).toBe(false);
  });
});

describe('a tour being written', () => {
  test('with no slides yet is kept across reloads, but a file of it is refused', () => {
    const storage = memoryStorage();
    const empty = { ...userTour('user-empty'), slides: [] };
    saveUserTours(storage, [empty]);
    expect(loadUserTours(storage, TEST_ATLAS).tours).toEqual([empty]);
    expect(parseTourFile(tourFileText(empty), TEST_ATLAS)).toEqual({
      ok: false,
      problems: ['the tour has no slides'],
    });
  });
});
