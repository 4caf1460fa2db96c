// The only module that touches location and history. It hydrates the store from the URL at start,
// writes the URL when the state changes (pushState when the selection changes, so Back returns to the
// previous place; replaceState for everything else, including camera moves), and re-applies the URL
// on popstate.
import type { AppStore } from '../store';
import type { AppState } from '../store/slices';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

export const urlStateOf = (s: AppState): UrlState => ({
  selectedPlaceId: s.selectedPlaceId,
  scenarios: s.scenarios,
  match: s.match,
  visibleLayers: s.visibleLayers,
  metric: s.metric,
  lang: s.lang,
  view: s.view,
});

export function startUrlSync(
  store: AppStore,
  placeIds: ReadonlySet<string>,
  win: Window = window,
): () => void {
  let applying = false;
  const apply = (notify: boolean) => {
    const { state, dropped } = parseUrlState(win.location.search, placeIds);
    applying = true;
    store.setState({ ...state, ...(notify ? { notices: dropped } : {}) });
    applying = false;
  };
  apply(true);
  // Canonicalise the address bar once (drops invalid values the notice has reported).
  const canonical = serializeUrlState(urlStateOf(store.getState()));
  if (canonical !== win.location.search)
    win.history.replaceState(win.history.state, '', canonical || win.location.pathname);

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const next = serializeUrlState(urlStateOf(s));
    if (next === serializeUrlState(urlStateOf(prev))) return;
    const url = next || win.location.pathname;
    if (s.selectedPlaceId !== prev.selectedPlaceId) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  });
  const onPop = () => apply(false);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
