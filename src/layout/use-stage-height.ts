// The map stage's height, measured: cards sized against the map (the analysis drawer, the phone's
// bottom sheet) follow it as the window or the top bar changes.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The height (px) of the `[data-stage]` element around `ref`; 0 until measured or while not enabled. */
export function useStageHeight(ref: RefObject<HTMLElement | null>, enabled = true): number {
  const [stageHeight, setStageHeight] = useState(0);
  useLayoutEffect(() => {
    if (!enabled) return;
    const stage = ref.current?.closest<HTMLElement>('[data-stage]');
    if (!stage) return;
    const measure = () => setStageHeight(stage.clientHeight);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(stage);
    return () => ro.disconnect();
  }, [enabled, ref]);
  return stageHeight;
}
