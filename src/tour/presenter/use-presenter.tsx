// Opens and closes the presenter view's window for the tour player: P or the caption's button opens
// it (or brings it forward); it closes when the tour ends or the atlas's page goes away. The view is a
// portal into that window, so it shares the store (and the slide) with the page. If the browser
// blocks the window, a notice says so on the page.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { openPresenterWindow, preparePresenterDocument } from './presenter-window';
import { PresenterView } from './presenter-view';

interface Handle {
  win: Window;
  container: HTMLElement;
  stopStyles: () => void;
}

export interface Presenter {
  /** Open the presenter window, or bring it forward (call from a key or click: browsers allow
   * pop-ups only then). */
  open: () => void;
  /** The portal into the window and, on the page, the notice if the window was blocked. */
  element: ReactNode;
}

export function usePresenter(): Presenter {
  const m = useMessages();
  const [handle, setHandle] = useState<Handle | null>(null);
  const current = useRef<Handle | null>(null);
  const [blocked, setBlocked] = useState(false);
  // The tour player mounts when the tour starts: the elapsed time counts from then.
  const [startedAt, setStartedAt] = useState(() => Date.now());

  const open = useCallback(() => {
    const cur = current.current;
    if (cur && !cur.win.closed) {
      cur.win.focus();
      return;
    }
    const win = openPresenterWindow(window);
    setBlocked(!win);
    if (!win) return;
    const h = { win, ...preparePresenterDocument(document, win.document) };
    current.current = h;
    setHandle(h);
  }, []);

  useEffect(() => {
    if (!handle) return;
    const { win } = handle;
    // Closed by the presenter: forget it (P opens a new one).
    const onClosed = () => {
      if (current.current !== handle) return;
      current.current = null;
      setHandle(null);
    };
    const closeWindow = () => win.close();
    win.addEventListener('pagehide', onClosed);
    window.addEventListener('pagehide', closeWindow);
    return () => {
      window.removeEventListener('pagehide', closeWindow);
      win.removeEventListener('pagehide', onClosed);
      handle.stopStyles();
      if (current.current === handle) current.current = null;
      // The tour ended (or the player went away): the presenter window goes with it.
      win.close();
    };
  }, [handle]);

  // The tour ended: the presenter window goes with it (the cleanup above closes it).
  const touring = useAppStore((s) => s.tour !== null);
  const live = touring ? handle : null;
  useEffect(() => {
    if (!touring && current.current) {
      current.current = null;
      setHandle(null);
    }
  }, [touring]);

  const element = (
    <>
      {live &&
        createPortal(
          <PresenterView
            win={live.win}
            startedAt={startedAt}
            onResetTimer={() => setStartedAt(Date.now())}
          />,
          live.container,
        )}
      {blocked && (
        <div className="presenter-blocked" role="alert" data-testid="presenter-blocked">
          <span>{m.presenter.blocked}</span>
          <button type="button" className="button" onClick={() => setBlocked(false)}>
            {m.notices.dismiss}
          </button>
        </div>
      )}
    </>
  );
  return { open, element };
}
