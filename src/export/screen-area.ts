// The part of the map the user actually sees: the map container minus the panels floating over it
// (the rail on the left, the place panel on the right, or a bottom sheet on a phone). Pure.
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function visibleMapArea(container: Rect, overlays: readonly Rect[]): Area {
  const y0 = 0;
  let x0 = 0;
  let x1 = container.width;
  let y1 = container.height;
  for (const r of overlays) {
    if (r.width <= 0 || r.height <= 0) continue;
    const left = r.left - container.left;
    const top = r.top - container.top;
    if (r.width >= container.width * 0.9) {
      // A full-width sheet: it hides what is below its top edge (a sheet over everything is ignored).
      if (top > container.height * 0.25) y1 = Math.min(y1, top);
    } else if (left + r.width / 2 < container.width / 2) x0 = Math.max(x0, left + r.width);
    else x1 = Math.min(x1, left);
  }
  // Panels covering nearly everything (a narrow window): the whole map rather than a sliver.
  if (x1 - x0 < 240 || y1 - y0 < 160) return { x0: 0, y0: 0, x1: container.width, y1: container.height };
  return { x0, y0, x1, y1 };
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
