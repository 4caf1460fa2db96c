// The user's tours in the browser's storage, under a versioned key. Reading is defensive: storage
// that is missing, blocked, corrupt or of another version gives no tours (or only the tours that still
// check out), never an error; the page works on. A failed write (quota, private mode) is reported.
import type { Atlas } from '../../data/load-data';
import type { Tour } from '../types';
import { checkUserTour } from './tour-file';

export const STORAGE_KEY = 'icv-atlas:user-tours:v1';
const STORAGE_VERSION = 1;

export interface LoadedTours {
  tours: Tour[];
  /** How many stored tours were dropped (no longer valid, unreadable). */
  dropped: number;
}

export function loadUserTours(storage: Storage | null, atlas: Atlas): LoadedTours {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { tours: [], dropped: 0 };
  }
  if (text === null) return { tours: [], dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { tours: [], dropped: 1 };
  }
  if (typeof data !== 'object' || data === null) return { tours: [], dropped: 1 };
  const { version, tours } = data as { version?: unknown; tours?: unknown };
  if (version !== STORAGE_VERSION || !Array.isArray(tours)) return { tours: [], dropped: 1 };
  const kept: Tour[] = [];
  for (const t of tours) {
    const r = checkUserTour(t, atlas);
    if (r.ok && !kept.some((k) => k.id === r.tour.id)) kept.push(r.tour);
  }
  return { tours: kept, dropped: tours.length - kept.length };
}

/** false: the browser refused to store them (they stay for this visit only). */
export function saveUserTours(storage: Storage | null, tours: readonly Tour[]): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, tours }));
    return true;
  } catch {
    return false;
  }
}

/** window.localStorage, or null where reading it throws (blocked storage, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
