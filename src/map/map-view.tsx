// The map: MapLibre draws the offline basemap; deck.gl layers are interleaved into it through
// MapboxOverlay. This component owns the map's lifecycle and camera; what to draw comes from the
// store through the pure layer factories.
import { useEffect, useMemo, useRef, useState } from 'react';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { useShallow } from 'zustand/react/shallow';
import type { Atlas } from '../data/load-data';
import { MESSAGES } from '../i18n';
import { useAppStore } from '../store';
import { visiblePlaces } from '../store/selectors';
import { exposeAutomation, setMapReady } from './automation';
import { setMapHandle } from './map-handle';
import { BASEMAP_THEMES, buildMapStyle, ISLAND_POINTS, REGION_LABELS } from './basemap/basemap';
import {
  CHINA_BOUNDS,
  FLIGHT_MS,
  MAX_BOUNDS,
  MAX_ZOOM,
  MIN_ZOOM,
  PLACE_ZOOM,
  chromeFor,
  paddingFor,
  prefersReducedMotion,
  symbolScaleForZoom,
} from './camera';
import { placeSymbols, type PlaceSymbol } from './layers/place-geometry';
import {
  buildPlaceLayers,
  drawnSymbols,
  labelCharacterSet,
  LABEL_SIZE,
  labelSides,
  labelSize,
  type PlaceLayerState,
} from './layers/place-layers';
import type { LabelSide } from './layers/label-declutter';
import { hitTest } from './hit-test';
import { buildIslandLayer, buildRegionLabelLayer, REGION_LABEL_CHARS } from './layers/region-labels';
import { SouthChinaSeaInset } from './south-china-sea-inset';
import { placeTooltip } from './tooltip';
import { hasWebGL2 } from './webgl';

interface Props {
  atlas: Atlas;
  railOpen: boolean;
}

const THEME = BASEMAP_THEMES.light;
/** A selected place closer than this (px) to a panel edge is eased into view, label included. */
const SAFE = 90;
/** Pick tolerance (px) around a click or tap. */
const CLICK_RADIUS = 4;

export function MapView({ atlas, railOpen }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  // Zoom as last settled, for label placement (quantised so small moves do not rebuild layers).
  const [zoom, setZoom] = useState(3.5);
  const [tip, setTip] = useState<{ x: number; y: number; placeId: string } | null>(null);
  const [failure, setFailure] = useState<'no-webgl' | 'error' | null>(() =>
    hasWebGL2() ? null : 'no-webgl',
  );
  const state = useAppStore(
    useShallow((s) => ({
      visibleLayers: s.visibleLayers,
      metric: s.metric,
      scenarios: s.scenarios,
      match: s.match,
      showNoScenarioData: s.showNoScenarioData,
      selectedPlaceId: s.selectedPlaceId,
      hoveredPlaceId: s.hoveredPlaceId,
      lang: s.lang,
    })),
  );
  const m = MESSAGES[state.lang];
  const railRef = useRef(railOpen);
  useEffect(() => {
    railRef.current = railOpen;
  }, [railOpen]);

  // What the pointer handlers (registered once) hit-test against: kept current without re-registering.
  const hitRef = useRef({
    symbols: [] as PlaceSymbol[],
    sides: new Map() as ReadonlyMap<string, LabelSide>,
    lang: state.lang,
    textSize: LABEL_SIZE,
    hovered: false,
  });

  // Create the map once.
  useEffect(() => {
    if (failure || !container.current) return;
    const store = useAppStore.getState();
    const chrome = chromeFor(window.innerWidth, window.innerHeight, railRef.current, !!store.selectedPlaceId);
    let instance: maplibregl.Map;
    try {
      instance = new maplibregl.Map({
        container: container.current,
        style: buildMapStyle(THEME),
        ...(store.view
          ? { center: [store.view.lon, store.view.lat] as [number, number], zoom: store.view.zoom }
          : { bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: paddingFor(chrome) } }),
        minZoom: MIN_ZOOM,
        maxZoom: MAX_ZOOM,
        maxBounds: MAX_BOUNDS,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
      });
    } catch {
      // MapLibre threw while creating its WebGL context: an external failure, reported once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure('error');
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    instance.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    const overlay = new MapboxOverlay({
      interleaved: true,
      layers: [],
      // deck.gl owns the shared canvas's cursor; hovering is ours (hit-test.ts), not deck.gl picking.
      getCursor: ({ isDragging }) => (isDragging ? 'grabbing' : hitRef.current.hovered ? 'pointer' : 'grab'),
    });
    overlayRef.current = overlay;
    const settleZoom = () => setZoom(Math.round(instance.getZoom() * 20) / 20);
    let loadedOnce = false;
    instance.on('load', () => {
      loadedOnce = true;
      instance.addControl(overlay);
      settleZoom();
      setMap(instance);
      setMapHandle({ map: instance, overlay });
    });
    instance.on('zoomend', settleZoom);
    // Pointer events go through MapLibre and a CPU hit test (hit-test.ts): no GPU read-back per move,
    // and no tap time limit for a slow first pick to exceed.
    const placeAt = (point: { x: number; y: number }) => {
      const { symbols, sides, lang, textSize } = hitRef.current;
      return hitTest(symbols, (ll) => instance.project(ll), point, {
        tolerance: CLICK_RADIUS,
        lang,
        labelSize: textSize,
        sides,
      })?.place;
    };
    instance.on('click', (e) => {
      const place = placeAt(e.point);
      if (place) useAppStore.getState().selectPlace(place.id);
    });
    instance.on('mousemove', (e) => {
      const place = placeAt(e.point);
      hitRef.current.hovered = !!place;
      instance.getCanvas().style.cursor = place ? 'pointer' : '';
      setTip(place ? { x: e.point.x, y: e.point.y, placeId: place.id } : null);
      if (useAppStore.getState().hoveredPlaceId !== (place?.id ?? null))
        useAppStore.getState().hoverPlace(place?.id ?? null);
    });
    instance.on('mouseout', () => {
      hitRef.current.hovered = false;
      setTip(null);
      useAppStore.getState().hoverPlace(null);
    });
    instance.on('movestart', () => setTip(null));
    instance.on('moveend', () => {
      const c = instance.getCenter();
      useAppStore.getState().setView({ lon: c.lng, lat: c.lat, zoom: instance.getZoom() });
    });
    instance.on('error', (e) => {
      console.error('map error', e.error);
      // Before the first load an error means no basemap at all: say so instead of a blank map.
      if (!loadedOnce) setFailure('error');
    });
    exposeAutomation(useAppStore, instance);
    return () => {
      setMapReady(false);
      setMapHandle(null);
      overlayRef.current = null;
      setMap(null);
      instance.remove();
    };
  }, [failure]);

  const symbols = useMemo(
    () =>
      placeSymbols(
        visiblePlaces(atlas, state.visibleLayers),
        state.metric,
        state.visibleLayers,
        symbolScaleForZoom(zoom),
      ),
    [atlas, state.visibleLayers, state.metric, zoom],
  );
  const characterSet = useMemo(
    () => labelCharacterSet([...atlas.places.flatMap((p) => [p.name.en, p.name.zh]), ...REGION_LABEL_CHARS]),
    [atlas],
  );
  const layerState: PlaceLayerState = useMemo(
    () => ({
      filter: { scenarios: state.scenarios, match: state.match },
      showNoScenarioData: state.showNoScenarioData,
      selectedPlaceId: state.selectedPlaceId,
      hoveredPlaceId: state.hoveredPlaceId,
      lang: state.lang,
      zoom,
    }),
    [
      state.scenarios,
      state.match,
      state.showNoScenarioData,
      state.selectedPlaceId,
      state.hoveredPlaceId,
      state.lang,
      zoom,
    ],
  );
  // Drawn symbols and label placement, computed once here for both the layers and the hit test.
  const drawn = useMemo(() => drawnSymbols(symbols, layerState), [symbols, layerState]);
  const sides = useMemo(() => labelSides(drawn, layerState), [drawn, layerState]);
  const layers = useMemo(
    () => [
      buildIslandLayer(ISLAND_POINTS, THEME.islandFill, THEME.islandLine),
      buildRegionLabelLayer(REGION_LABELS, state.lang, THEME.label, characterSet),
      ...buildPlaceLayers(symbols, layerState, characterSet, drawn, sides),
    ],
    [symbols, characterSet, state.lang, layerState, drawn, sides],
  );

  useEffect(() => {
    hitRef.current = {
      ...hitRef.current,
      symbols: drawn,
      sides,
      lang: state.lang,
      textSize: labelSize(layerState),
    };
  }, [drawn, sides, state.lang, layerState]);

  // Push layers into deck.gl; mark ready once drawn.
  useEffect(() => {
    const overlay = overlayRef.current;
    if (!map || !overlay) return;
    overlay.setProps({ layers });
    if (document.documentElement.dataset.mapReady !== 'true') {
      map.once('idle', () => setMapReady(true));
      map.triggerRepaint();
    }
  }, [map, layers]);

  // Keep the selected place in view when the panel opens; fly on explicit requests (search, list).
  const flyRequest = useAppStore((s) => s.flyRequest);
  useEffect(() => {
    if (!map || !flyRequest) return;
    const place = atlas.placeById.get(flyRequest.placeId);
    if (!place) return;
    const padding = paddingFor(chromeFor(window.innerWidth, window.innerHeight, railRef.current, true));
    const zoom = Math.max(map.getZoom(), PLACE_ZOOM);
    if (prefersReducedMotion()) map.jumpTo({ center: place.anchor, zoom, padding });
    else map.flyTo({ center: place.anchor, zoom, padding, duration: FLIGHT_MS, essential: false });
  }, [map, flyRequest, atlas]);

  useEffect(() => {
    if (!map || !state.selectedPlaceId) return;
    // A flight to this place (search, list) is already under way: easing now would cancel it.
    if (flyRequest?.placeId === state.selectedPlaceId && map.isMoving()) return;
    const place = atlas.placeById.get(state.selectedPlaceId);
    if (!place) return;
    const chrome = chromeFor(window.innerWidth, window.innerHeight, railRef.current, true);
    const { x, y } = map.project(place.anchor);
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const inside =
      x > chrome.rail + SAFE &&
      x < w - chrome.panel - SAFE &&
      y > chrome.top + SAFE &&
      y < h - chrome.bottom - SAFE;
    if (inside) return;
    map.easeTo({
      center: place.anchor,
      padding: paddingFor(chrome),
      duration: prefersReducedMotion() ? 0 : 600,
    });
  }, [map, state.selectedPlaceId, atlas, flyRequest]);

  // Re-apply a camera restored from the URL (Back / Forward) when it differs from the map's.
  const view = useAppStore((s) => s.view);
  useEffect(() => {
    if (!map || !view) return;
    const c = map.getCenter();
    const same =
      Math.abs(c.lng - view.lon) < 1e-3 &&
      Math.abs(c.lat - view.lat) < 1e-3 &&
      Math.abs(map.getZoom() - view.zoom) < 1e-2;
    if (!same) map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }, [map, view]);

  if (failure) {
    return (
      <div className="map-fallback" role="status" data-testid="map-fallback">
        <h2>{failure === 'no-webgl' ? m.app.noWebglTitle : m.app.mapErrorTitle}</h2>
        <p>{m.app.noWebglBody}</p>
      </div>
    );
  }
  return (
    <>
      <div ref={container} className="map-canvas" role="region" aria-label={m.map.label} />
      {tip && atlas.placeById.get(tip.placeId) && (
        <div
          className="atlas-tooltip map-tooltip"
          role="tooltip"
          style={{ left: tip.x + 14, top: tip.y + 14 }}
          // placeTooltip escapes every value it interpolates.
          dangerouslySetInnerHTML={{ __html: placeTooltip(atlas.placeById.get(tip.placeId)!, m).html }}
        />
      )}
      <SouthChinaSeaInset />
    </>
  );
}
