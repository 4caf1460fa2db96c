// The presenter view's second window. It is an empty same-origin window (about:blank opened by the
// atlas) into which the atlas renders with a React portal: one page, one store, so both windows are
// always on the same slide, and it works from file:// where BroadcastChannel and storage events
// between windows are unreliable. The page's stylesheets are copied across as text, and followed as
// lazy chunks add theirs.
import { applyDesignTokens, layoutFor, type Theme } from '../../design/encoding';
import type { Lang } from '../../i18n';

export const PRESENTER_WINDOW_NAME = 'icv-atlas-presenter';
const FEATURES = 'popup=yes,width=1200,height=760';
const COPY = 'data-presenter-copy';
const STYLES = 'style, link[rel~="stylesheet"]';

function reachable(win: Window): boolean {
  try {
    return !win.closed && !!win.document;
  } catch {
    return false; // a window of that name showing another site
  }
}

/** Opens (or finds) the presenter window; null if the browser blocked it. */
export function openPresenterWindow(from: Window): Window | null {
  let win: Window | null;
  try {
    win = from.open('', PRESENTER_WINDOW_NAME, FEATURES);
    // A window left with that name on another page: take it back to a blank page of ours.
    if (win && !reachable(win)) win = from.open('about:blank', PRESENTER_WINDOW_NAME, FEATURES);
  } catch {
    return null;
  }
  return win && reachable(win) ? win : null;
}

/** A stylesheet's rules as text, or null if it has not loaded or cannot be read. */
function rulesOf(node: Element): string | null {
  const sheet = (node as HTMLStyleElement | HTMLLinkElement).sheet;
  if (!sheet) return null;
  try {
    return Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
  } catch {
    return null; // another origin's sheet (the atlas has none)
  }
}

/** A copy of a style node for another document: its rules as a <style> (nothing to fetch, so it
 * applies at once, also from file://), else the link itself with its absolute address. */
function copyStyle(node: Element, doc: Document): Element {
  const rules = rulesOf(node);
  let copy: Element;
  if (rules !== null) {
    copy = doc.createElement('style');
    copy.textContent = rules;
  } else {
    copy = doc.importNode(node, true) as Element;
    if (node.nodeName === 'LINK') copy.setAttribute('href', (node as HTMLLinkElement).href);
  }
  copy.setAttribute(COPY, '');
  return copy;
}

/**
 * Empties the window's document (it may be one left from an earlier tour), copies the page's styles
 * into it, and returns the element to render into and a function that stops following new styles.
 */
export function preparePresenterDocument(page: Document, doc: Document) {
  doc.head.querySelectorAll(`[${COPY}]`).forEach((n) => n.remove());
  doc.body.replaceChildren();
  for (const node of page.querySelectorAll(STYLES)) doc.head.append(copyStyle(node, doc));
  // A lazy chunk's stylesheet arrives later: copied once it has loaded.
  const follow = (node: Element) => {
    if (node.nodeName !== 'LINK' || rulesOf(node) !== null) doc.head.append(copyStyle(node, doc));
    else node.addEventListener('load', () => doc.head.append(copyStyle(node, doc)), { once: true });
  };
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const node of r.addedNodes)
        if (node.nodeType === 1 && (node as Element).matches(STYLES)) follow(node as Element);
  });
  observer.observe(page.head, { childList: true });
  const container = doc.createElement('div');
  container.className = 'presenter-root';
  doc.body.append(container);
  return { container, stopStyles: () => observer.disconnect() };
}

/** The window's language, theme and design tokens (sizes for the window's own width). */
export function syncPresenterRoot(win: Window, lang: Lang, theme: Theme, title: string) {
  const root = win.document.documentElement;
  root.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  win.document.title = title;
  applyDesignTokens(root, layoutFor(win.innerWidth), theme);
}
