// The tours the atlas ships, by id (the URL's ?tour=).
import type { Tour } from '../types';
import { defaultTour } from './default';

export const TOURS: Readonly<Record<string, Tour>> = { default: defaultTour };
export const tourById = (id: string | null): Tour | undefined =>
  id && Object.hasOwn(TOURS, id) ? TOURS[id] : undefined;
