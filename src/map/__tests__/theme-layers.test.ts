// The map's layers in the projector theme: labels at the theme's size, symbols in its colours.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { hexToRgba, themeTokens } from '../../design/encoding';
import { TEST_ATLAS } from '../../testing/atlas';
import { visiblePlaces } from '../../store/selectors';
import { symbolPalette } from '../layers/palette';
import { placeSymbols, type PlaceSymbol } from '../layers/place-geometry';
import {
  buildPlaceLayers,
  LABEL_SIZE,
  labelCharacterSet,
  LAYER_ID,
  type PlaceLayerState,
} from '../layers/place-layers';
import { buildRegionLabelLayer, REGION_LABEL_SIZE } from '../layers/region-labels';

const symbols = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS), 'licences', LAYER_IDS);
const chars = labelCharacterSet(TEST_ATLAS.places.flatMap((p) => [p.name.en, p.name.zh]));
const call = <T>(accessor: unknown, d: unknown) => (accessor as (d: unknown) => T)(d);

/** The layer model's state for a theme at 1920×1080 (the wide layout). */
function stateFor(theme: 'light' | 'projector'): PlaceLayerState {
  const t = themeTokens(theme, 'wide');
  return {
    filter: { scenarios: [], match: 'any' },
    showNoScenarioData: true,
    selectedPlaceId: null,
    hoveredPlaceId: null,
    lang: 'en',
    zoom: 4,
    textScale: t.mapLabel / LABEL_SIZE,
    palette: symbolPalette(t),
  };
}

describe('projector theme layers', () => {
  test('place labels are drawn at ≥ 20 px (13 px in the light theme)', () => {
    const size = (theme: 'light' | 'projector') => {
      const labels = buildPlaceLayers(symbols, stateFor(theme), chars).find((l) => l.id === LAYER_ID.labels)!;
      return (labels as TextLayer<PlaceSymbol>).props.getSize as number;
    };
    expect(size('light')).toBe(13);
    expect(size('projector')).toBeGreaterThanOrEqual(20);
  });

  test('rings take the projector palette', () => {
    const ring = buildPlaceLayers(symbols, stateFor('projector'), chars).find(
      (l) => l.id === LAYER_ID.ring('iov-pilot-zone'),
    ) as ScatterplotLayer<PlaceSymbol>;
    const s = symbols.find((x) => x.rings['iov-pilot-zone'] !== undefined)!;
    expect(call(ring.props.getLineColor, s)).toEqual(
      hexToRgba(themeTokens('projector', 'wide').layerHex['iov-pilot-zone']),
    );
  });

  test('province labels grow with the theme', () => {
    const t = themeTokens('projector', 'wide');
    const layer = buildRegionLabelLayer(
      [{ id: 'CN.SH', position: [121, 31] }],
      'en',
      [0, 0, 0, 255],
      chars,
      t.regionLabel / REGION_LABEL_SIZE,
    );
    expect(call<number>(layer.props.getSize, { id: 'CN.SH' })).toBeGreaterThanOrEqual(18);
  });

  test('the projector sizes shrink on smaller windows but never below the light theme', () => {
    const wide = themeTokens('projector', 'wide');
    const phone = themeTokens('projector', 'phone');
    expect(phone.font.body).toBeLessThan(wide.font.body);
    expect(phone.font.body).toBeGreaterThanOrEqual(themeTokens('light', 'phone').font.body);
    expect(phone.mapLabel).toBeGreaterThanOrEqual(13);
    expect(themeTokens('light', 'phone')).toBe(themeTokens('light', 'wide'));
  });
});
