// The tours the atlas knows, by id (the URL's ?tour=): the ones it ships, and the tours the user
// authored in this browser (src/tour/authoring/user-tours.ts keeps them here). User tours' ids start
// with "user-", which no built-in id does, so the two never collide.
import type { Tour } from '../types';
import { defaultTour } from './default';

export const TOURS: Readonly<Record<string, Tour>> = { default: defaultTour };

/** The prefix of every user tour's id. */
export const USER_TOUR_PREFIX = 'user-';
export const isUserTourId = (id: string) => id.startsWith(USER_TOUR_PREFIX);

let userTours: readonly Tour[] = [];
/** Called by the user tours' store whenever they change. */
export const setUserTourRegistry = (tours: readonly Tour[]) => {
  userTours = tours;
};

export const tourById = (id: string | null): Tour | undefined => {
  if (!id) return undefined;
  if (isUserTourId(id)) return userTours.find((t) => t.id === id);
  return Object.hasOwn(TOURS, id) ? TOURS[id] : undefined;
};
