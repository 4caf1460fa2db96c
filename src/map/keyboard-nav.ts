// Arrow keys on the focused map: which place the keyboard focus moves to. Pure screen geometry on the
// places' projected positions, so it is tested without a map.
import type { ScreenPoint } from './hit-test';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface ScreenPlace extends ScreenPoint {
  id: string;
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** How much a step sideways costs against a step in the asked direction: a place straight ahead
 * beats a nearer one far off to the side (as spatial navigation in browsers weighs it). */
const ACROSS_WEIGHT = 2;

/**
 * The nearest place from `from` in `direction` on screen (y grows downwards), or null when none lies
 * that way. Only places strictly ahead count; ties go to the first in `places`.
 */
export function nearestInDirection(
  from: ScreenPoint,
  places: readonly ScreenPlace[],
  direction: Direction,
  exceptId?: string,
): string | null {
  let best: string | null = null;
  let bestCost = Infinity;
  for (const p of places) {
    if (p.id === exceptId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0) continue;
    const cost = along + ACROSS_WEIGHT * across;
    if (cost < bestCost) {
      best = p.id;
      bestCost = cost;
    }
  }
  return best;
}

/** The place nearest a point (where the keyboard focus starts: the map's centre), or null. */
export function nearestTo(point: ScreenPoint, places: readonly ScreenPlace[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d < bestDistance) {
      best = p.id;
      bestDistance = d;
    }
  }
  return best;
}

/** The places inside a box (the part of the map one can see), for the arrows to move between. */
export function placesOnScreen(
  places: readonly ScreenPlace[],
  box: { x0: number; y0: number; x1: number; y1: number },
): ScreenPlace[] {
  return places.filter((p) => p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1);
}
