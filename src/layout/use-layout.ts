// The page's layout (phone, compact, laptop, wide) from the window width, by the breakpoints in
// design/encoding.ts; the design tokens for it are written onto <html> as it changes.
import { useEffect, useSyncExternalStore } from 'react';
import { applyDesignTokens, layoutFor, type Layout } from '../design/encoding';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const current = () => layoutFor(window.innerWidth);

export function useLayout(): Layout {
  const layout = useSyncExternalStore(subscribe, current);
  useEffect(() => applyDesignTokens(document.documentElement, layout), [layout]);
  return layout;
}

/** Layouts where the rail and the place panel must not both cover the map. */
export const isExclusive = (layout: Layout) => layout === 'phone' || layout === 'compact';
