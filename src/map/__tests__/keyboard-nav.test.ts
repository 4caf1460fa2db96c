import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, placesOnScreen, type ScreenPlace } from '../keyboard-nav';

// A small map on screen (y grows downwards):
//            north (100, 0)
//   west (0, 100)   centre (100, 100)   east (200, 100)   far-east (400, 100)
//            south (100, 200)           south-east (150, 150)
const PLACES: ScreenPlace[] = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'north', x: 100, y: 0 },
  { id: 'south', x: 100, y: 200 },
  { id: 'west', x: 0, y: 100 },
  { id: 'east', x: 200, y: 100 },
  { id: 'far-east', x: 400, y: 100 },
  { id: 'south-east', x: 150, y: 150 },
];
const centre = PLACES[0]!;

describe('nearestInDirection', () => {
  it('moves to the neighbour on each side', () => {
    expect(nearestInDirection(centre, PLACES, 'up', 'centre')).toBe('north');
    expect(nearestInDirection(centre, PLACES, 'left', 'centre')).toBe('west');
    expect(nearestInDirection(centre, PLACES, 'right', 'centre')).toBe('east');
  });

  it('prefers a place straight ahead to a nearer one off to the side', () => {
    // south-east is nearer (≈ 71 px) than south (100 px), but 50 px off the downward line.
    expect(nearestInDirection(centre, PLACES, 'down', 'centre')).toBe('south');
  });

  it('takes the nearest of the places ahead, never one behind', () => {
    expect(nearestInDirection({ x: 200, y: 100 }, PLACES, 'right', 'east')).toBe('far-east');
    expect(nearestInDirection({ x: 200, y: 100 }, PLACES, 'left', 'east')).toBe('centre');
  });

  it('says there is none at the edge', () => {
    expect(nearestInDirection({ x: 400, y: 100 }, PLACES, 'right', 'far-east')).toBeNull();
    expect(nearestInDirection({ x: 100, y: 0 }, PLACES, 'up', 'north')).toBeNull();
    expect(nearestInDirection(centre, [], 'up')).toBeNull();
  });

  it('does not stay on the place it starts from', () => {
    expect(nearestInDirection(centre, [centre], 'right', 'centre')).toBeNull();
  });
});

describe('nearestTo and placesOnScreen', () => {
  it('starts from the place nearest the point', () => {
    expect(nearestTo({ x: 190, y: 90 }, PLACES)).toBe('east');
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });

  it('keeps only the places inside the visible box', () => {
    const ids = placesOnScreen(PLACES, { x0: 50, y0: 50, x1: 250, y1: 250 }).map((p) => p.id);
    expect(ids).toEqual(['centre', 'south', 'east', 'south-east']);
  });
});
