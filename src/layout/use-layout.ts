// The page's layout (phone, compact, laptop, wide) from the window width, by the breakpoints in
// design/encoding.ts; the design tokens for it and the theme are written onto <html> as they change.
import { useEffect, useSyncExternalStore } from 'react';
import { applyDesignTokens, layoutFor, themeTokens, type Layout, type ThemeTokens } from '../design/encoding';
import { useAppStore } from '../store';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const current = () => layoutFor(window.innerWidth);

/** The layout name alone (for components that size things by it). */
export const useLayoutName = (): Layout => useSyncExternalStore(subscribe, current);

/** The layout name; writes the design tokens for it and the store's theme onto <html> (call once, in App). */
export function useLayout(): Layout {
  const layout = useLayoutName();
  const theme = useAppStore((s) => s.theme);
  useEffect(() => applyDesignTokens(document.documentElement, layout, theme), [layout, theme]);
  return layout;
}

/** The current theme's tokens at the current layout (map label sizes, symbol scale, colours). */
export function useThemeTokens(): ThemeTokens {
  const layout = useLayoutName();
  const theme = useAppStore((s) => s.theme);
  return themeTokens(theme, layout);
}

/** Layouts where the rail and the place panel must not both cover the map. */
export const isExclusive = (layout: Layout) => layout === 'phone' || layout === 'compact';
