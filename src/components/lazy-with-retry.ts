// React.lazy for the parts of the atlas loaded on first use, with a way to try again: React.lazy keeps
// a rejected import for good, so a failed load (offline, file gone after a deploy) would never retry.
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A part of the atlas (a code chunk) that could not be loaded. `reset` lets the next render retry. */
export class ChunkLoadError extends Error {
  constructor(
    cause: unknown,
    readonly reset: () => void,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** By name, not instanceof: a second copy of this module (hot reload, tests) makes another class. */
export const isChunkLoadError = (e: unknown): e is ChunkLoadError =>
  e instanceof Error && e.name === 'ChunkLoadError' && typeof (e as ChunkLoadError).reset === 'function';

export function lazyWithRetry<P extends object>(load: () => Promise<ComponentType<P>>) {
  // Swapped for a fresh lazy component only when a region asks to retry (never on its own: a retry
  // on every render could loop while the network is down).
  // Preloaded before its first render, the component renders directly: React.lazy would suspend on
  // its first render even with the chunk already here, and reveal it only later. Once rendered through
  // the lazy wrapper it stays with it (switching type would remount it).
  let loaded: ComponentType<P> | null = null;
  let viaLazy = false;
  const attempt = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (cause: unknown) => {
          throw new ChunkLoadError(cause, () => {
            current = attempt();
          });
        },
      ),
    );
  let current = attempt();
  function LazyWithRetry(props: P) {
    if (loaded && !viaLazy) return createElement(loaded, props);
    viaLazy = true;
    return createElement(current, props);
  }
  /** Start loading early (e.g. when the page is idle); a failure here is reported on first use. */
  LazyWithRetry.preload = (): Promise<void> =>
    load().then(
      (component) => {
        loaded = component;
      },
      () => undefined,
    );
  return LazyWithRetry;
}
