// The only module that touches location and history. It hydrates the store from the URL at start,
// writes the URL when the state changes (pushState when a "push" parameter such as the selection
// changes, so Back returns to the previous place; replaceState for everything else), and re-applies
// the URL on popstate. Camera moves are written once the camera has settled for a moment, so a flight
// does not flood the history API.
import type { AppStore } from '../store';
import { cameraIntent, type AppState, type CameraIntent } from '../store/slices';
import { URL_CODEC, type UrlState } from './url-state';

/** How long the URL waits for the camera to settle before it records a view. */
export const VIEW_WRITE_DELAY_MS = 400;

export const urlStateOf = (s: AppState): UrlState => URL_CODEC.pick(s);

/** What the camera should do after the URL changed the state under it. */
function intentFor(next: UrlState, prev: UrlState | null): CameraIntent | undefined {
  if (next.view) return cameraIntent({ kind: 'view', view: next.view });
  if (next.selectedPlaceId && next.selectedPlaceId !== prev?.selectedPlaceId)
    return cameraIntent({ kind: 'place', placeId: next.selectedPlaceId, zoomIn: false });
  if (prev?.view || (prev?.selectedPlaceId && !next.selectedPlaceId))
    return cameraIntent({ kind: 'fit', force: true });
  return undefined;
}

export function startUrlSync(
  store: AppStore,
  placeIds: ReadonlySet<string>,
  win: Window = window,
): () => void {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const apply = (first: boolean) => {
    const { state, dropped } = URL_CODEC.parse(win.location.search, { placeIds });
    const prev = first ? null : urlStateOf(store.getState());
    const intent = intentFor(state, prev);
    applying = true;
    store.setState({
      ...state,
      ...(first ? { notices: dropped } : {}),
      ...(intent ? { cameraIntent: intent } : {}),
    });
    applying = false;
  };
  apply(true);
  // Canonicalise the address bar once (drops invalid values the notice has reported).
  const canonical = URL_CODEC.serialize(urlStateOf(store.getState()));
  if (canonical !== win.location.search)
    win.history.replaceState(win.history.state, '', canonical || win.location.pathname);

  const write = (next: UrlState, push: boolean) => {
    clearTimeout(timer);
    const url = URL_CODEC.serialize(next) || win.location.pathname;
    if (url === (win.location.search || win.location.pathname)) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe((s, prevState) => {
    if (applying) return;
    const next = urlStateOf(s);
    const prev = urlStateOf(prevState);
    if (URL_CODEC.serialize(next) === URL_CODEC.serialize(prev)) return;
    const onlyView = URL_CODEC.serialize({ ...next, view: prev.view }) === URL_CODEC.serialize(prev);
    if (onlyView) {
      clearTimeout(timer);
      timer = setTimeout(() => write(urlStateOf(store.getState()), false), VIEW_WRITE_DELAY_MS);
    } else write(next, URL_CODEC.pushes(prev, next));
  });
  const onPop = () => {
    clearTimeout(timer);
    apply(false);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
