// What is under the pointer, computed on the CPU from the symbols' own geometry (circles of known
// pixel radius) and the label placement (label boxes, clusters). deck.gl's GPU picking reads pixels
// back, which stalls the pipeline on every hover and click (hundreds of ms on software renderers).
import type { PlaceSymbol } from './layers/place-geometry';
import type { LabelCluster, Placement, PlacedLabel } from './labels/place-labels';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface HitOptions {
  /** Extra pixels around each symbol (fingers and shaky hands). */
  tolerance: number;
  /** The label placement the map draws (place-layers.ts mapLabels). */
  placement: Placement;
}

/** A place, or a cluster of places too close to click apart (the click opens a chooser). */
export type Hit = { place: PlaceSymbol; cluster?: undefined } | { cluster: LabelCluster; place?: undefined };

/** A label's box where it is drawn now: it keeps its pixel offset from its anchor place. */
function boxNow(l: PlacedLabel, anchor: ScreenPoint) {
  const w = (l.box.x1 - l.box.x0) / 2;
  const h = (l.box.y1 - l.box.y0) / 2;
  const x = anchor.x + l.dx;
  const y = anchor.y + l.dy;
  return { x0: x - w, y0: y - h, x1: x + w, y1: y + h };
}

/**
 * The place whose symbol is under `point` (the nearest centre wins where rings overlap); in a
 * cluster, the place only when the point is on its centre dot, else the cluster. Failing that, the
 * place or cluster whose drawn label is under the point, else null.
 */
export function hitTest(
  symbols: readonly PlaceSymbol[],
  project: (lngLat: [number, number]) => ScreenPoint,
  point: ScreenPoint,
  { tolerance, placement }: HitOptions,
): Hit | null {
  let best: PlaceSymbol | null = null;
  let bestDistance = Infinity;
  const screen = new Map<string, ScreenPoint>();
  for (const s of symbols) {
    const p = project(s.place.anchor);
    screen.set(s.place.id, p);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= s.outer + tolerance && d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  if (best) {
    const cluster = placement.clusterOf.get(best.place.id);
    return cluster && bestDistance > best.core + 2 ? { cluster } : { place: best };
  }
  const within = (l: PlacedLabel) => {
    const a = screen.get(l.anchor);
    if (!a) return false;
    const b = boxNow(l, a);
    return point.x >= b.x0 && point.x <= b.x1 && point.y >= b.y0 && point.y <= b.y1;
  };
  for (const s of symbols) {
    const l = placement.labels.get(s.place.id);
    if (l && within(l)) return { place: s };
  }
  for (const c of placement.clusters) if (c.label && within(c.label)) return { cluster: c };
  return null;
}
