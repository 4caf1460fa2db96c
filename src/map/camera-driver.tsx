// Connects the one camera controller to the store (camera intents, measured cards, the inset) and
// to the map's size. Renders nothing.
import { useEffect } from 'react';
import { useAtlas } from '../data/atlas-context';
import { FRAME } from '../design/encoding';
import { useAppStore } from '../store';
import { cameraIntent, type AppState, type View } from '../store/slices';
import type { Box, Padding, Size } from './camera-fit';
import { CameraController } from './camera-controller';
import { useMapHandle } from './map-context';
import { prefersReducedMotion } from './motion';

/** Where the inset is drawn (styles.css: the free area's bottom-left), or null under a bottom sheet. */
export function insetBox(
  size: Size,
  covered: Padding,
  inset: { width: number; height: number } | null,
): Box | null {
  if (!inset) return null;
  const x0 = covered.left + FRAME.gap;
  const y1 = size.height - FRAME.insetBottom;
  const y0 = y1 - inset.height;
  if (y0 >= size.height - covered.bottom) return null;
  return { x0, y0, x1: x0 + inset.width, y1 };
}

const sameView = (a: View | null, b: View | null) =>
  a === b ||
  (!!a &&
    !!b &&
    Math.abs(a.lon - b.lon) < 1e-4 &&
    Math.abs(a.lat - b.lat) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 1e-3);

export function CameraDriver() {
  const { map } = useMapHandle();
  const atlas = useAtlas();
  useEffect(() => {
    const store = useAppStore;
    const controller = new CameraController(map, {
      anchorOf: (id) => atlas.placeById.get(id)?.anchor,
      selectedPlaceId: () => store.getState().selectedPlaceId,
      occluders: () => store.getState().occluders,
      inset: (size, covered) => insetBox(size, covered, store.getState().insetSize),
      reducedMotion: prefersReducedMotion,
      onSettled: (view) => {
        if (!sameView(view, store.getState().view)) store.getState().setView(view);
      },
    });
    // A map created afresh (first load, a restored WebGL context) starts where the user left it.
    const start = store.getState();
    controller.handle(cameraIntent({ kind: 'fit', force: true }), true);
    controller.handle(
      start.view ? cameraIntent({ kind: 'view', view: start.view }) : start.cameraIntent,
      true,
    );
    // The camera starts after the browser has painted what the input changed (the place panel, the
    // caption): its first frame redraws the whole map, which on a slow GPU would hold that paint back.
    // Only the latest intent is carried out.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = { id: 0 };
    const handleAfterPaint = (intent: AppState['cameraIntent']) => {
      cancelAnimationFrame(frame.id);
      clearTimeout(timer);
      frame.id = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          if (store.getState().cameraIntent === intent) controller.handle(intent);
        }, 0);
      });
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.cameraIntent !== prev.cameraIntent) handleAfterPaint(s.cameraIntent);
      if (s.occluders !== prev.occluders || s.insetSize !== prev.insetSize) controller.relayout();
    });
    const onResize = () => controller.relayout();
    map.on('resize', onResize);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame.id);
      clearTimeout(timer);
      map.off('resize', onResize);
    };
  }, [map, atlas]);
  return null;
}
