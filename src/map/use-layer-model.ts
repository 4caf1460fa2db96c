// What the map draws, derived from the store through the pure layer factories. Each piece is memoised
// on exactly what it depends on, so hovering (which changes only the selection ring) neither re-runs
// label placement nor rebuilds the other layers.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../data/atlas-context';
import { useAppStore } from '../store';
import { useVisiblePlaces } from '../store/use-visible-places';
import { useThemeTokens } from '../layout/use-layout';
import { ISLAND_POINTS, REGION_LABELS } from './basemap/basemap';
import { placeSymbols, type PlaceSymbol } from './layers/place-geometry';
import { symbolScaleForZoom } from './scales';
import {
  buildLabelLayer,
  buildLeaderLayer,
  buildSelectionLayer,
  buildSymbolLayers,
  buildUndatedLayer,
  drawnSymbols,
  labelCharacterSet,
  LABEL_SIZE,
  mapLabels,
  type MapLabels,
  type PlaceLayerState,
} from './layers/place-layers';
import { coveredEdges } from './camera-fit';
import { insetBox } from './camera-driver';
import { CLUSTER_LABEL_CHARS, clusterText, regionItems } from './labels/label-input';
import { symbolPalette } from './layers/palette';
import {
  buildIslandLayer,
  buildRegionLabelLayer,
  REGION_LABEL_CHARS,
  REGION_LABEL_SIZE,
} from './layers/region-labels';
import { exposeLabels } from './automation';
import { useMapHandle } from './map-context';

export interface LayerModel {
  layers: Layer[];
  /** The symbols drawn and where their labels and clusters are: the hit test uses exactly these. */
  drawn: PlaceSymbol[];
  labels: MapLabels;
}

/** The camera as last settled: the zoom quantised so small moves do not re-size symbols, and a
 * counter that changes when the map comes to rest somewhere else (labels are placed on screen). */
function useSettledCamera(): { zoom: number; at: string } {
  const { map } = useMapHandle();
  const read = () => {
    const c = map.getCenter();
    return { zoom: Math.round(map.getZoom() * 20) / 20, at: `${c.lng.toFixed(4)},${c.lat.toFixed(4)}` };
  };
  const [camera, setCamera] = useState(read);
  useEffect(() => {
    const settle = () =>
      setCamera((old) => {
        const now = read();
        return now.zoom === old.zoom && now.at === old.at ? old : now;
      });
    settle();
    map.on('moveend', settle);
    map.on('resize', settle);
    return () => {
      map.off('moveend', settle);
      map.off('resize', settle);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read() only reads the map
  }, [map]);
  return camera;
}

export function useLayerModel(): LayerModel {
  const atlas = useAtlas();
  const { map } = useMapHandle();
  const { zoom, at } = useSettledCamera();
  const occluders = useAppStore((s) => s.occluders);
  const insetSize = useAppStore((s) => s.insetSize);
  const places = useVisiblePlaces();
  const picked = useAppStore(
    useShallow((s) => ({
      visibleLayers: s.visibleLayers,
      metric: s.metric,
      scenarios: s.scenarios,
      match: s.match,
      showNoScenarioData: s.showNoScenarioData,
      selectedPlaceId: s.selectedPlaceId,
      lang: s.lang,
    })),
  );
  // The map redraws after React has painted the panel and the rail: what was clicked shows first.
  const { visibleLayers, metric, scenarios, match, showNoScenarioData, selectedPlaceId, lang } =
    useDeferredValue(picked);
  const hoveredPlaceId = useAppStore((s) => s.hoveredPlaceId);
  const year = useAppStore((s) => s.year);
  const compareIds = useAppStore((s) => s.compare);
  // The theme's colours and sizes (projector: larger labels and symbols, stronger colours).
  const tokens = useThemeTokens();
  const palette = useMemo(() => symbolPalette(tokens), [tokens]);
  const { symbolScale, mapLabel, regionLabel } = tokens;

  const symbols = useMemo(
    () => placeSymbols(places, metric, visibleLayers, symbolScaleForZoom(zoom) * symbolScale, year),
    [places, metric, visibleLayers, zoom, symbolScale, year],
  );
  const characterSet = useMemo(
    () =>
      labelCharacterSet([
        ...atlas.places.flatMap((p) => [p.name.en, p.name.zh]),
        ...REGION_LABEL_CHARS,
        ...CLUSTER_LABEL_CHARS,
      ]),
    [atlas],
  );
  // Everything but the hovered place: hover only changes the selection ring.
  const st: PlaceLayerState = useMemo(
    () => ({
      filter: { scenarios, match },
      showNoScenarioData,
      selectedPlaceId,
      hoveredPlaceId: null,
      lang,
      zoom,
      compareIds,
      textScale: mapLabel / LABEL_SIZE,
      palette,
    }),
    [scenarios, match, showNoScenarioData, selectedPlaceId, lang, zoom, compareIds, mapLabel, palette],
  );
  const drawn = useMemo(() => drawnSymbols(symbols, st), [symbols, st]);
  // Labels are placed on screen where the camera rests, in the part of the map the cards leave free;
  // hovering never re-places them.
  const labels = useMemo(() => {
    const project = (ll: [number, number]) => map.project(ll);
    const el = map.getContainer();
    const size = { width: el.clientWidth, height: el.clientHeight };
    const covered = coveredEdges(occluders);
    const inset = insetBox(size, covered, insetSize);
    const cards = Object.values(occluders);
    const cardBoxes = cards.every((o) => o.box) ? cards.map((o) => o.box!) : null;
    return mapLabels(
      drawn,
      st,
      project,
      (p) => {
        const ll = map.unproject(p);
        return [ll.lng, ll.lat];
      },
      {
        // Where every card reports its own rectangle, labels avoid the cards themselves (a legend in a
        // corner leaves the rest of its side free); otherwise the covered edges.
        ...(cardBoxes
          ? { viewport: { x0: 0, y0: 0, x1: size.width, y1: size.height } }
          : {
              viewport: {
                x0: covered.left,
                y0: covered.top,
                x1: size.width - covered.right,
                y1: size.height - covered.bottom,
              },
            }),
        occluders: [...(inset ? [inset] : []), ...(cardBoxes ?? [])],
        regions: regionItems(project, lang, regionLabel, REGION_LABELS),
        clusterText: clusterText(lang),
      },
    );
    // `at` and `zoom`: the camera came to rest somewhere else.
  }, [map, drawn, st, occluders, insetSize, lang, regionLabel, at, zoom]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    const { placement } = labels;
    exposeLabels({
      labelled: [...placement.labels.keys()],
      clusters: placement.clusters.map((c) => ({ members: c.members, label: c.label?.text ?? null })),
    });
  }, [labels]);
  const regionLabels = useMemo(
    () => REGION_LABELS.filter((l) => labels.placement.regions.has(l.id)),
    [labels],
  );
  const basemapLayers = useMemo(
    () => [
      buildIslandLayer(ISLAND_POINTS, palette.islandFill, palette.islandLine),
      buildRegionLabelLayer(
        regionLabels,
        lang,
        palette.regionLabel,
        characterSet,
        regionLabel / REGION_LABEL_SIZE,
        palette.regionLabelHalo,
      ),
    ],
    [lang, characterSet, palette, regionLabel, regionLabels],
  );
  const symbolLayers = useMemo(() => buildSymbolLayers(drawn, st), [drawn, st]);
  const selectionLayer = useMemo(
    () => buildSelectionLayer(drawn, { ...st, hoveredPlaceId }),
    [drawn, st, hoveredPlaceId],
  );
  const labelLayer = useMemo(
    () => buildLabelLayer(drawn, st, characterSet, labels),
    [drawn, st, characterSet, labels],
  );
  const leaderLayer = useMemo(() => buildLeaderLayer(labels, st), [labels, st]);
  const undatedLayer = useMemo(() => buildUndatedLayer(drawn, st, characterSet), [drawn, st, characterSet]);
  const layers = useMemo(
    () => [...basemapLayers, ...symbolLayers, selectionLayer, leaderLayer, labelLayer, undatedLayer],
    [basemapLayers, symbolLayers, selectionLayer, leaderLayer, labelLayer, undatedLayer],
  );
  return { layers, drawn, labels };
}
