// What the map draws, derived from the store through the pure layer factories. Each piece is memoised
// on exactly what it depends on, so hovering (which changes only the selection ring) neither re-runs
// label placement nor rebuilds the other layers.
import { useEffect, useMemo, useState } from 'react';
import type { Layer } from '@deck.gl/core';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas } from '../data/atlas-context';
import { useAppStore } from '../store';
import { useVisiblePlaces } from '../store/use-visible-places';
import { useThemeTokens } from '../layout/use-layout';
import { ISLAND_POINTS, REGION_LABELS } from './basemap/basemap';
import type { LabelSide } from './layers/label-declutter';
import { placeSymbols, type PlaceSymbol } from './layers/place-geometry';
import { symbolScaleForZoom } from './scales';
import {
  buildLabelLayer,
  buildSelectionLayer,
  buildSymbolLayers,
  buildUndatedLayer,
  drawnSymbols,
  labelCharacterSet,
  labelSides,
  LABEL_SIZE,
  labelSize,
  type PlaceLayerState,
} from './layers/place-layers';
import { symbolPalette } from './layers/palette';
import {
  buildIslandLayer,
  buildRegionLabelLayer,
  REGION_LABEL_CHARS,
  REGION_LABEL_SIZE,
} from './layers/region-labels';
import { useMapHandle } from './map-context';

export interface LayerModel {
  layers: Layer[];
  /** The symbols drawn and where their labels go: the hit test uses exactly these. */
  drawn: PlaceSymbol[];
  sides: ReadonlyMap<string, LabelSide>;
  labelSize: number;
}

/** The zoom as last settled, quantised so small moves do not re-place labels. */
function useSettledZoom(): number {
  const { map } = useMapHandle();
  const quantise = () => Math.round(map.getZoom() * 20) / 20;
  const [zoom, setZoom] = useState(quantise);
  useEffect(() => {
    const settle = () => setZoom(Math.round(map.getZoom() * 20) / 20);
    settle();
    map.on('zoomend', settle);
    return () => {
      map.off('zoomend', settle);
    };
  }, [map]);
  return zoom;
}

export function useLayerModel(): LayerModel {
  const atlas = useAtlas();
  const zoom = useSettledZoom();
  const places = useVisiblePlaces();
  const { visibleLayers, metric, scenarios, match, showNoScenarioData, selectedPlaceId, lang } = useAppStore(
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
    () => labelCharacterSet([...atlas.places.flatMap((p) => [p.name.en, p.name.zh]), ...REGION_LABEL_CHARS]),
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
  const sides = useMemo(() => labelSides(drawn, st), [drawn, st]);
  const basemapLayers = useMemo(
    () => [
      buildIslandLayer(ISLAND_POINTS, palette.islandFill, palette.islandLine),
      buildRegionLabelLayer(
        REGION_LABELS,
        lang,
        palette.regionLabel,
        characterSet,
        regionLabel / REGION_LABEL_SIZE,
        palette.regionLabelHalo,
      ),
    ],
    [lang, characterSet, palette, regionLabel],
  );
  const symbolLayers = useMemo(() => buildSymbolLayers(drawn, st), [drawn, st]);
  const selectionLayer = useMemo(
    () => buildSelectionLayer(drawn, { ...st, hoveredPlaceId }),
    [drawn, st, hoveredPlaceId],
  );
  const labelLayer = useMemo(
    () => buildLabelLayer(drawn, st, characterSet, sides),
    [drawn, st, characterSet, sides],
  );
  const undatedLayer = useMemo(() => buildUndatedLayer(drawn, st, characterSet), [drawn, st, characterSet]);
  const layers = useMemo(
    () => [...basemapLayers, ...symbolLayers, selectionLayer, labelLayer, undatedLayer],
    [basemapLayers, symbolLayers, selectionLayer, labelLayer, undatedLayer],
  );
  return { layers, drawn, sides, labelSize: labelSize(st) };
}
