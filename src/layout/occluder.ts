// Cards that float over the map (the rail, the place panel) are measured, not guessed: each reports
// which edge of the map it covers and how far in, and the camera keeps China and the selected place in
// the part left free.
import { useEffect, type RefObject } from 'react';
import { coveredEdges } from '../map/camera-fit';
import { useAppStore } from '../store';
import type { Occluder } from '../store/slices';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Which edge of the map (`stage`) a card's rectangle covers, or null if it covers none or all of it. */
export function occluderOf(card: Rect, stage: Rect): Occluder | null {
  const left = Math.max(card.left, stage.left);
  const right = Math.min(card.right, stage.right);
  const top = Math.max(card.top, stage.top);
  const bottom = Math.min(card.bottom, stage.bottom);
  const width = right - left;
  const height = bottom - top;
  if (width <= 0 || height <= 0) return null;
  const wide = width >= stage.width * 0.9;
  // A full-screen sheet (the phone's filter sheet): the map is not in use while it is open.
  if (wide && height >= stage.height * 0.9) return null;
  const box = cardBox(card, stage);
  if (wide) return { side: 'bottom', size: Math.round(stage.bottom - top), box };
  return (left + right) / 2 < stage.left + stage.width / 2
    ? { side: 'left', size: Math.round(right - stage.left), box }
    : { side: 'right', size: Math.round(stage.right - left), box };
}

/** The card's rectangle in the map's pixels, clipped to the map. */
function cardBox(card: Rect, stage: Rect): NonNullable<Occluder['box']> {
  return {
    x0: Math.round(Math.max(card.left, stage.left) - stage.left),
    y0: Math.round(Math.max(card.top, stage.top) - stage.top),
    x1: Math.round(Math.min(card.right, stage.right) - stage.left),
    y1: Math.round(Math.min(card.bottom, stage.bottom) - stage.top),
  };
}

/** Reports the element's covered edge under `id` while it is mounted and whenever it or the page resizes.
 * `side: 'bottom'`: a bar docked to the bottom (the year control) covers the bottom edge from its top,
 * even where it is narrower than the map (occluderOf would call a centred bar "left" or "right"). */
export function useOccluder(id: string, ref: RefObject<HTMLElement | null>, side?: 'bottom') {
  useEffect(() => {
    const el = ref.current;
    const stage = el?.closest<HTMLElement>('[data-stage]');
    if (!el || !stage) return;
    const set = useAppStore.getState().setOccluder;
    const measure = () => {
      const visible = el.getClientRects().length > 0;
      const card = el.getBoundingClientRect();
      const box = stage.getBoundingClientRect();
      if (!visible) set(id, null);
      else if (side === 'bottom')
        set(id, { side, size: Math.max(0, Math.round(box.bottom - card.top)), box: cardBox(card, box) });
      else set(id, occluderOf(card, box));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(stage);
    return () => {
      observer.disconnect();
      set(id, null);
    };
  }, [id, ref, side]);
}

/** Cards placed beside the others (the map legend sits left of the zoom buttons and the panel): their
 * own position must not depend on themselves, so --cards-* leave them out. */
const BESIDE_CARDS = new Set(['legend']);

/** Mirrors the covered edges into CSS (--occlude-left / -right / -bottom on the stage), so controls
 * on the map (zoom buttons, inset, footnote) sit beside the cards instead of under them; --cards-right
 * / -bottom are the same without the map legend, for the legend and the zoom buttons beside it. */
export function useOcclusionCssVars(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const apply = (occluders: Readonly<Record<string, Occluder>>) => {
      const el = ref.current;
      if (!el) return;
      const edges = coveredEdges(occluders);
      const cards = coveredEdges(
        Object.fromEntries(Object.entries(occluders).filter(([id]) => !BESIDE_CARDS.has(id))),
      );
      for (const side of ['left', 'right', 'bottom'] as const) {
        el.style.setProperty(`--occlude-${side}`, `${edges[side]}px`);
        el.style.setProperty(`--cards-${side}`, `${cards[side]}px`);
      }
    };
    apply(useAppStore.getState().occluders);
    return useAppStore.subscribe((s, prev) => {
      if (s.occluders !== prev.occluders) apply(s.occluders);
    });
  }, [ref]);
}
