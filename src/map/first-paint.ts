// The map painted with the HTML (built into index.html by scripts/first-paint-plugin.ts) until the
// WebGL map is ready: the map engine adopts the element into the stage (so it sits under the cards, and
// React never wipes it), its marks select a place while it is the map on screen, and it fades out once
// the WebGL map has drawn every layer (or the SVG map drawn at run time takes its place).
export const FIRST_PAINT_ID = 'first-paint';
const FADE_MS = 200;

/**
 * The place under a click on an SVG map (the first paint's or svg-map.tsx's): where rings overlap the
 * nearest centre wins, as on the WebGL map (hit-test.ts); a few pixels of slack for fingers.
 */
export function placeAt(
  svg: SVGSVGElement,
  clientX: number,
  clientY: number,
  tolerancePx = 4,
): string | null {
  const ctm = svg.getScreenCTM();
  if (!ctm) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
  const unitsPerPx = 1 / Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const g of svg.querySelectorAll<SVGGElement>('[data-place-id]')) {
    if (!g.getClientRects().length) continue; // another layout's marks (display: none)
    let outer = 0;
    let cx = 0;
    let cy = 0;
    for (const c of g.querySelectorAll('circle')) {
      cx = c.cx.baseVal.value;
      cy = c.cy.baseVal.value;
      outer = Math.max(outer, c.r.baseVal.value + Number(c.getAttribute('stroke-width') ?? 0) / 2);
    }
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (d <= outer + tolerancePx * unitsPerPx && d < bestDistance) {
      best = g.getAttribute('data-place-id');
      bestDistance = d;
    }
  }
  return best;
}

const element = () => (typeof document === 'undefined' ? null : document.getElementById(FIRST_PAINT_ID));

/** Moves the first paint into `slot` and makes its marks pick places; returns the listener's removal. */
export function adoptFirstPaint(slot: HTMLElement, pick: (placeId: string) => void): () => void {
  const el = element();
  if (!el || el.dataset.leaving !== undefined) return () => {};
  if (el.parentElement !== slot) slot.appendChild(el);
  const onClick = (e: MouseEvent) => {
    const svg = el.querySelector('svg');
    const id = svg && placeAt(svg, e.clientX, e.clientY);
    if (id) pick(id);
  };
  el.addEventListener('click', onClick);
  return () => el.removeEventListener('click', onClick);
}

/** Fades the first paint out and removes it (once; later calls do nothing). */
export function retireFirstPaint() {
  const el = element();
  if (!el || el.dataset.leaving !== undefined) return;
  el.dataset.leaving = '';
  setTimeout(() => el.remove(), FADE_MS);
}
