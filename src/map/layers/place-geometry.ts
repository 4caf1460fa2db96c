// Where each part of a place's symbol sits, in pixels from its anchor: the core (sized by the metric)
// and one ring per visible programme (designated by the timeline's year), packed outward in the fixed
// layer order.
import type { AtlasPlace } from '../../data/load-data';
import { LAYER_IDS } from '../../data/constants';
import type { LayerId } from '../../data/schema';
import { metricValue, type Metric } from '../../store/metrics';
import { filterState, type ScenarioFilter } from '../../store/selectors';
import { placeLayersAsOf } from '../../store/timeline';
import {
  CORE_RADIUS_NOT_REPORTED,
  CORE_RADIUS_UNIFORM,
  RING_GAP,
  RING_WIDTH,
  makeSizeScale,
} from '../scales';

export interface PlaceSymbol {
  place: AtlasPlace;
  core: number;
  reported: boolean;
  /** Centre-line radius of each visible ring. */
  rings: Partial<Record<LayerId, number>>;
  /** Rings of programmes whose designation date is unknown (drawn in the "date unknown" style while
   * the timeline shows a year). */
  undated: LayerId[];
  outer: number;
  scale: number;
}

export function placeSymbols(
  places: readonly AtlasPlace[],
  metric: Metric,
  visibleLayers: readonly LayerId[],
  /** Multiplies every radius and width (smaller symbols at small zooms). */
  scale = 1,
  /** The timeline's year: rings only for designations by its end (null: as today). */
  year: number | null = null,
): PlaceSymbol[] {
  const values = places.map((p) => metricValue(p, metric));
  const sizeOf = makeSizeScale(Math.max(0, ...values.map((v) => v ?? 0)));
  return places.map((place, i) => {
    const v = values[i] ?? null;
    const core =
      scale * (metric === 'none' ? CORE_RADIUS_UNIFORM : v === null ? CORE_RADIUS_NOT_REPORTED : sizeOf(v));
    const rings: Partial<Record<LayerId, number>> = {};
    const asOf = placeLayersAsOf(place, year);
    const undated = asOf.filter((a) => a.undated && visibleLayers.includes(a.layer)).map((a) => a.layer);
    let edge = core;
    for (const layer of LAYER_IDS) {
      if (!asOf.some((a) => a.layer === layer) || !visibleLayers.includes(layer)) continue;
      const w = RING_WIDTH[layer] * scale;
      rings[layer] = edge + RING_GAP * scale + w / 2;
      edge += RING_GAP * scale + w;
    }
    return { place, core, reported: metric !== 'none' && v !== null, rings, undated, outer: edge, scale };
  });
}

/** Symbols the map draws: places with no scenario data are hidden when the user turns them off. */
export function drawnSymbols(
  symbols: readonly PlaceSymbol[],
  st: { showNoScenarioData: boolean; filter: ScenarioFilter },
): PlaceSymbol[] {
  if (st.showNoScenarioData) return [...symbols];
  return symbols.filter((s) => filterState(s.place, st.filter) !== 'no-data');
}
