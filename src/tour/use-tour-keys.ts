// Presenter keys on a window: the atlas's own, and the presenter view's second window, so a clicker
// or keyboard works in either. Both read and write the one store, so the two windows stay on the
// same slide. The meaning of each key is the pure reducer in tour-keys.ts.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store';
import { applyCommand, isTypingTarget, keyToCommand } from './tour-keys';

/** Full screen for the window the key was pressed in (a browser allows it only there). */
function toggleFullscreen(win: Window) {
  const doc = win.document;
  try {
    if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
    else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  } catch {
    // Not allowed here (an iframe, an old browser): the tour plays on in the window.
  }
}

/** Presenter keys on `target` while a tour is loaded (paused: only R, to resume). `onPresenter` is
 * what P does (open the presenter view); without it P is ignored. */
export function useTourKeys(count: number, target: Window | null, onPresenter?: () => void) {
  const buffer = useRef('');
  const presenter = useRef(onPresenter);
  useEffect(() => {
    presenter.current = onPresenter;
  }, [onPresenter]);
  useEffect(() => {
    if (!target) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const st = useAppStore.getState();
      if (!st.tour) return;
      const state = { slide: st.slide, count, buffer: buffer.current, blank: st.blank, paused: st.paused };
      const command = keyToCommand(e.key, state);
      if (!command || (command.type === 'presenter' && !presenter.current)) return;
      e.preventDefault();
      const next = applyCommand(state, command);
      buffer.current = next.buffer;
      if (command.type === 'fullscreen') toggleFullscreen(target);
      else if (command.type === 'presenter') presenter.current?.();
      else if (command.type === 'pause') st.pauseTour();
      else if (command.type === 'blank' || command.type === 'unblank') st.setBlank(next.blank);
      // Resume re-applies the slide: the presenter may have changed the map while exploring.
      else if (command.type === 'go' || command.type === 'resume') st.goToSlide(next.slide);
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [count, target]);
}
