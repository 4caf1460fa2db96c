// Which place labels to show at a zoom level: greedy placement by importance, in Web Mercator pixel
// space, so labels never overlap each other or another place's symbol. Pure and deterministic (deck.gl's
// CollisionFilterExtension does not run in MapLibre's interleaved mode).
import type { Lang } from '../../i18n';
import { mercatorPixel, type Box } from '../mercator';
import type { PlaceSymbol } from './place-geometry';

/** Rough rendered width: CJK glyphs are about one em wide, Latin about 0.58 em. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.58;
  return w;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const labelPriority = (s: PlaceSymbol) =>
  s.place.zones.length * 10 + (s.place.table3 ? 5 : 0) + (s.place.scenarios ? 2 : 0);

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';
const SIDES: LabelSide[] = ['right', 'left', 'bottom', 'top'];

export function labelBox(x: number, y: number, outer: number, w: number, size: number, side: LabelSide): Box {
  const h = size * 1.3;
  switch (side) {
    case 'right':
      return { x0: x + outer + 3, y0: y - h / 2, x1: x + outer + 3 + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - outer - 3 - w, y0: y - h / 2, x1: x - outer - 3, y1: y + h / 2 };
    case 'bottom':
      return { x0: x - w / 2, y0: y + outer + 2, x1: x + w / 2, y1: y + outer + 2 + h };
    case 'top':
      return { x0: x - w / 2, y0: y - outer - 2 - h, x1: x + w / 2, y1: y - outer - 2 };
  }
}

/** For each place whose label fits, the side of its symbol the label goes on. */
export function placeLabels(
  symbols: readonly PlaceSymbol[],
  zoom: number,
  lang: Lang,
  size: number,
): Map<string, LabelSide> {
  const placed: Box[] = [];
  const shown = new Map<string, LabelSide>();
  // Every symbol is an obstacle for every label.
  const obstacles: Box[] = symbols.map((s) => {
    const [x, y] = mercatorPixel(s.place.anchor, zoom);
    return { x0: x - s.outer, y0: y - s.outer, x1: x + s.outer, y1: y + s.outer };
  });
  const order = [...symbols].sort(
    (a, b) => labelPriority(b) - labelPriority(a) || a.place.id.localeCompare(b.place.id),
  );
  for (const s of order) {
    const [x, y] = mercatorPixel(s.place.anchor, zoom);
    const w = textWidth(s.place.name[lang], size);
    const own = symbols.indexOf(s);
    for (const side of SIDES) {
      const box = labelBox(x, y, s.outer, w, size, side);
      if (placed.some((b) => overlaps(b, box)) || obstacles.some((b, i) => i !== own && overlaps(b, box)))
        continue;
      placed.push(box);
      shown.set(s.place.id, side);
      break;
    }
  }
  return shown;
}
