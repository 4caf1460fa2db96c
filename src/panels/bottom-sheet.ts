// The phone's place panel is a bottom sheet with three heights: peek (the title), half, full. Its grab
// handle drags between them (pointer events, snapping to the nearest on release; a tap steps up) and is
// a slider for the keyboard (arrows, Home, End). The sheet stays an occluder (useOccluder measures it),
// so the camera keeps the place in the map above it; at full height the map is not in use.
import { useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useStageHeight } from '../layout/use-stage-height';

export const SNAPS = ['peek', 'half', 'full'] as const;
export type Snap = (typeof SNAPS)[number];

/** Peek shows the header (title, province, Compare with); half is the sheet's first height. */
const PEEK_PX = 132;
const HALF_SHARE = 0.55;
/** A move shorter than this is a tap. */
const TAP_PX = 6;

/** Each snap's height in px for a map (stage) this tall. */
export function snapHeights(stageHeight: number): Record<Snap, number> {
  const full = Math.max(0, Math.round(stageHeight));
  const peek = Math.min(PEEK_PX, full);
  return { peek, half: Math.max(peek, Math.round(full * HALF_SHARE)), full };
}

/** The snap nearest to a height. */
export function nearestSnap(height: number, heights: Record<Snap, number>): Snap {
  return SNAPS.reduce((best, s) =>
    Math.abs(heights[s] - height) < Math.abs(heights[best] - height) ? s : best,
  );
}

/** The snap after a key press on the handle, or null for keys the handle ignores. */
export function snapForKey(key: string, current: Snap): Snap | null {
  const i = SNAPS.indexOf(current);
  if (key === 'ArrowUp' || key === 'ArrowRight' || key === 'PageUp') return SNAPS[Math.min(i + 1, 2)]!;
  if (key === 'ArrowDown' || key === 'ArrowLeft' || key === 'PageDown') return SNAPS[Math.max(i - 1, 0)]!;
  if (key === 'Home') return 'peek';
  if (key === 'End') return 'full';
  return null;
}

export interface BottomSheet {
  snap: Snap;
  /** The sheet's height in px (a snap's, or the finger's while dragging); undefined before measuring. */
  height: number | undefined;
  dragging: boolean;
  handle: {
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (e: PointerEvent<HTMLElement>) => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
}

/**
 * `below`: px of the map's bottom taken by another sheet (the analysis drawer): this sheet sits on it,
 * its heights measured in the space left above, so neither hides the other's controls.
 */
export function useBottomSheet(ref: RefObject<HTMLElement | null>, enabled: boolean, below = 0): BottomSheet {
  const [snap, setSnap] = useState<Snap>('half');
  const stageHeight = useStageHeight(ref, enabled);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startH: number; moved: boolean } | null>(null);

  const heights = snapHeights(Math.max(0, stageHeight - below));
  const clamp = (h: number) => Math.min(heights.full, Math.max(heights.peek, h));
  const height = !enabled || !stageHeight ? undefined : (dragHeight ?? heights[snap]);

  const end = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    setDragHeight(null);
    if (e.type === 'pointercancel') return;
    if (!d.moved) setSnap((s) => (s === 'full' ? 'half' : SNAPS[SNAPS.indexOf(s) + 1]!));
    else setSnap(nearestSnap(clamp(d.startH + d.startY - e.clientY), heights));
  };

  return {
    snap,
    height,
    dragging: dragHeight !== null,
    handle: {
      onPointerDown: (e) => {
        if (height === undefined || e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { startY: e.clientY, startH: height, moved: false };
      },
      onPointerMove: (e) => {
        const d = drag.current;
        if (!d) return;
        if (Math.abs(e.clientY - d.startY) >= TAP_PX) d.moved = true;
        if (d.moved) setDragHeight(clamp(d.startH + d.startY - e.clientY));
      },
      onPointerUp: end,
      onPointerCancel: end,
      onKeyDown: (e) => {
        const next = snapForKey(e.key, snap);
        if (!next) return;
        e.preventDefault();
        setSnap(next);
      },
    },
  };
}
