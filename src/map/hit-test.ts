// What is under the pointer, computed on the CPU from the symbols' own geometry (circles of known
// pixel radius, label boxes from the label placement). deck.gl's GPU picking reads pixels back, which
// stalls the pipeline on every hover and click (hundreds of ms on software renderers); this does not.
import type { Lang } from '../i18n';
import { labelBox, textWidth, type LabelSide } from './layers/label-declutter';
import type { PlaceSymbol } from './layers/place-geometry';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface HitOptions {
  /** Extra pixels around each symbol (fingers and shaky hands). */
  tolerance: number;
  lang: Lang;
  labelSize: number;
  /** The label placement the map draws (place-layers.ts labelSides). */
  sides: ReadonlyMap<string, LabelSide>;
}

/**
 * The place whose symbol is under `point` (the nearest centre wins where rings overlap), else the
 * place whose drawn label is under it, else null.
 */
export function hitTest(
  symbols: readonly PlaceSymbol[],
  project: (lngLat: [number, number]) => ScreenPoint,
  point: ScreenPoint,
  { tolerance, lang, labelSize, sides }: HitOptions,
): PlaceSymbol | null {
  let best: PlaceSymbol | null = null;
  let bestDistance = Infinity;
  const screen = new Map<PlaceSymbol, ScreenPoint>();
  for (const s of symbols) {
    const p = project(s.place.anchor);
    screen.set(s, p);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= s.outer + tolerance && d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  if (best) return best;
  for (const s of symbols) {
    const side = sides.get(s.place.id);
    if (!side) continue;
    const p = screen.get(s)!;
    const box = labelBox(p.x, p.y, s.outer, textWidth(s.place.name[lang], labelSize), labelSize, side);
    if (point.x >= box.x0 && point.x <= box.x1 && point.y >= box.y0 && point.y <= box.y1) return s;
  }
  return null;
}
