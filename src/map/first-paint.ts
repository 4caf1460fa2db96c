// The map painted with the HTML (built into index.html by scripts/first-paint-plugin.ts) until the
// WebGL map is ready: the map engine adopts the element into the stage (so it sits under the cards, and
// React never wipes it), its marks select a place while it is the map on screen, and it fades out once
// the WebGL map has drawn every layer (or the SVG map drawn at run time takes its place).
export const FIRST_PAINT_ID = 'first-paint';
const FADE_MS = 200;

const element = () => (typeof document === 'undefined' ? null : document.getElementById(FIRST_PAINT_ID));

/** Moves the first paint into `slot` and makes its marks pick places; returns the listener's removal. */
export function adoptFirstPaint(slot: HTMLElement, pick: (placeId: string) => void): () => void {
  const el = element();
  if (!el || el.dataset.leaving !== undefined) return () => {};
  if (el.parentElement !== slot) slot.appendChild(el);
  const onClick = (e: MouseEvent) => {
    const id = (e.target as Element | null)?.closest?.('[data-place-id]')?.getAttribute('data-place-id');
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
