// The part of the map the user actually sees: the map less the edges the cards cover (the rail, the
// place panel, a phone's bottom sheet), as measured for the camera (layout/occluder.ts). Pure.
import type { Padding } from '../map/camera-fit';

export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function visibleMapArea(size: { width: number; height: number }, covered: Padding): Area {
  const area = {
    x0: covered.left,
    y0: covered.top,
    x1: size.width - covered.right,
    y1: size.height - covered.bottom,
  };
  // Cards covering nearly everything (a narrow window): the whole map rather than a sliver.
  if (area.x1 - area.x0 < 240 || area.y1 - area.y0 < 160)
    return { x0: 0, y0: 0, x1: size.width, y1: size.height };
  return area;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * The area widened (or heightened) to an aspect ratio about its centre, within the container: the map
 * under the panels fills the slide's map box instead of blank margins, and what the user sees stays
 * in the middle (shifted only where the container ends).
 */
export function toAspect(area: Area, aspect: number, width: number, height: number): Area {
  let w = area.x1 - area.x0;
  let h = area.y1 - area.y0;
  if (w / h < aspect) w = Math.min(width, h * aspect);
  else h = Math.min(height, w / aspect);
  const x0 = clamp((area.x0 + area.x1) / 2 - w / 2, 0, width - w);
  const y0 = clamp((area.y0 + area.y1) / 2 - h / 2, 0, height - h);
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}
