// The map engine: creates MapLibre (the offline basemap) with deck.gl interleaved through
// MapboxOverlay, provides them to its children (layers, pointer, camera) and tears them down. It
// also owns what goes wrong with WebGL: none at all, an error before the first frame, or a lost
// context (restored by re-creating the map; store state is untouched, so nothing is lost).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { exposeAutomation, setMapReady } from './automation';
import { THEME_TOKENS } from '../design/encoding';
import { basemapThemeOf, buildMapStyle } from './basemap/basemap';
import { restyleBasemap } from './basemap/basemap-restyle';
import { CHINA_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './camera-fit';
import { MapContext, setMapHandle, type MapHandle } from './map-context';
import { adoptFirstPaint } from './first-paint';
import { SvgMap } from './svg-map';
import { hasWebGL2 } from './webgl';

/** How long a lost WebGL context may take to come back before the page says it has not. */
const RESTORE_WAIT_MS = 4000;

type Failure = 'no-webgl' | 'error' | 'context-lost';

export function MapEngine({ children }: { children: ReactNode }) {
  const m = useMessages();
  const container = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [failure, setFailure] = useState<Failure | null>(() => (hasWebGL2() ? null : 'no-webgl'));
  const [restoring, setRestoring] = useState(false);
  // Bumped to create the map afresh (a restored context, or Retry).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (failure || !container.current) return;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: buildMapStyle(basemapThemeOf(THEME_TOKENS[useAppStore.getState().theme])),
        // A neutral start: the camera controller frames China before the first frame is drawn.
        bounds: CHINA_BOUNDS,
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        // No maxBounds: on a narrow screen China must be framed beside a panel, which needs the view's
        // centre far out at sea; "Show the whole of China" brings a lost map back.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
      });
    } catch {
      // MapLibre threw while creating its WebGL context: reported once, no retry loop.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure('error');
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      // deck.gl sets the shared canvas's cursor; the pointer module marks a hovered place (map-pointer.tsx).
      getCursor: ({ isDragging }) =>
        isDragging ? 'grabbing' : map.getCanvasContainer().dataset.hover ? 'pointer' : 'grab',
    });
    let loaded = false;
    let restoreTimer: ReturnType<typeof setTimeout> | undefined;
    // Children (the camera first) get the map at once, so China is framed before the first frame.
    setHandle({ map, overlay: null });
    const restyle = () => restyleBasemap(map, basemapThemeOf(THEME_TOKENS[useAppStore.getState().theme]));
    // A theme change re-colours the basemap in place (once the style has loaded; load applies the latest).
    const unsubscribeTheme = useAppStore.subscribe((st, prev) => {
      if (loaded && st.theme !== prev.theme) restyle();
    });
    map.on('load', () => {
      loaded = true;
      restyle();
      map.addControl(overlay);
      setHandle({ map, overlay });
      setMapHandle({ map, overlay });
    });
    map.on('error', (e) => {
      console.error('map error', e.error);
      // Before the first load an error means no basemap at all: say so instead of a blank map.
      if (!loaded) setFailure('error');
    });
    map.on('webglcontextlost', () => {
      setMapReady(false);
      setRestoring(true);
      // deck.gl's GPU state is gone: detach it, so the restored context never draws stale layers.
      setHandle(null);
      setMapHandle(null);
      if (loaded) map.removeControl(overlay);
      restoreTimer = setTimeout(() => {
        setRestoring(false);
        setFailure('context-lost');
      }, RESTORE_WAIT_MS);
    });
    // deck.gl's buffers did not survive: build everything again on a fresh map.
    map.on('webglcontextrestored', () => {
      clearTimeout(restoreTimer);
      setRestoring(false);
      setGeneration((g) => g + 1);
    });
    exposeAutomation(useAppStore, map);
    return () => {
      unsubscribeTheme();
      clearTimeout(restoreTimer);
      setMapReady(false);
      setHandle(null);
      setMapHandle(null);
      exposeAutomation(useAppStore, null);
      map.remove();
    };
  }, [failure, generation]);

  // The map painted with the HTML stays on screen (under the cards, its places clickable) until the
  // WebGL map is ready or the SVG map below replaces it.
  const firstPaintSlot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!firstPaintSlot.current) return;
    return adoptFirstPaint(firstPaintSlot.current, (id) => useAppStore.getState().selectPlace(id));
  }, []);
  const slot = <div ref={firstPaintSlot} className="first-paint-slot" />;

  if (failure) {
    const canRetry = failure !== 'no-webgl';
    // Without WebGL the SVG map stays, and the message is a notice over it.
    return (
      <>
        {slot}
        <SvgMap />
        <div className="map-fallback" role="status" data-testid="map-fallback">
          <h2>
            {failure === 'no-webgl'
              ? m.app.noWebglTitle
              : failure === 'context-lost'
                ? m.app.contextLostTitle
                : m.app.mapErrorTitle}
          </h2>
          <p>{failure === 'context-lost' ? m.app.contextLostFailed : m.app.noWebglBody}</p>
          {canRetry && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setFailure(hasWebGL2() ? null : 'no-webgl');
                setGeneration((g) => g + 1);
              }}
            >
              {m.app.retryMap}
            </button>
          )}
        </div>
      </>
    );
  }
  return (
    <>
      <div ref={container} className="map-canvas" role="region" aria-label={m.map.label} />
      {slot}
      {restoring && <SvgMap />}
      {restoring && (
        <div className="map-restoring" role="status">
          <strong>{m.app.contextLostTitle}</strong> {m.app.contextLostBody}
        </div>
      )}
      {handle && <MapContext.Provider value={handle}>{children}</MapContext.Provider>}
    </>
  );
}
