import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { place, TEST_ATLAS } from '../../testing/atlas';
import { visiblePlaces } from '../../store/selectors';
import { placeSymbols, type PlaceSymbol } from '../layers/place-geometry';
import {
  buildPlaceLayers,
  LAYER_ID,
  labelCharacterSet,
  type LabelDatum,
  type PlaceLayerState,
} from '../layers/place-layers';
import { CORE_RADIUS_NOT_REPORTED, FILTER_ALPHA, LAYER_COLORS } from '../scales';

const symbols = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS), 'licences', LAYER_IDS);
const sym = (id: string) => symbols.find((s) => s.place.id === id)!;
const STATE: PlaceLayerState = {
  filter: { scenarios: [], match: 'any' },
  showNoScenarioData: true,
  selectedPlaceId: null,
  hoveredPlaceId: null,
  lang: 'en',
  zoom: 4,
};
const chars = labelCharacterSet(TEST_ATLAS.places.flatMap((p) => [p.name.en, p.name.zh]));
const layersFor = (st: Partial<PlaceLayerState> = {}) =>
  buildPlaceLayers(symbols, { ...STATE, ...st }, chars);
const byId = (layers: ReturnType<typeof layersFor>, id: string) => layers.find((l) => l.id === id)!;

/** Call a deck.gl accessor prop as a plain function of one datum. */
const call = <T>(accessor: unknown, d: PlaceSymbol) => (accessor as (d: PlaceSymbol) => T)(d);

describe('place symbols', () => {
  test('rings stack outward in the fixed layer order, only for the programmes a place holds', () => {
    const shanghai = sym('shanghai');
    expect(Object.keys(shanghai.rings)).toEqual([
      'national-test-zone',
      'double-smart-city',
      'vrc-pilot-city',
    ]);
    const r = shanghai.rings;
    expect(r['national-test-zone']!).toBeLessThan(r['double-smart-city']!);
    expect(r['double-smart-city']!).toBeLessThan(r['vrc-pilot-city']!);
    expect(shanghai.core).toBeLessThan(r['national-test-zone']!);
  });
  test('size follows the metric; "not reported" gets its own small hollow core, never a zero size', () => {
    expect(sym('shanghai').core).toBeGreaterThan(sym('beijing').core); // 325 vs 170 licences
    expect(sym('shenzhen').reported).toBe(false);
    expect(sym('shenzhen').core).toBe(CORE_RADIUS_NOT_REPORTED);
  });
  test('hiding a layer removes its ring and packs the others inward', () => {
    const noTest = placeSymbols([place('shanghai')], 'licences', ['double-smart-city', 'vrc-pilot-city'])[0]!;
    expect(noTest.rings['national-test-zone']).toBeUndefined();
    expect(noTest.rings['double-smart-city']).toBe(sym('shanghai').rings['national-test-zone']);
  });
});

describe('place symbols by the timeline year', () => {
  test('rings only for designations by the end of the year; the undated ring is marked', () => {
    const gz2016 = placeSymbols([place('guangzhou')], 'licences', LAYER_IDS, 1, 2016)[0]!;
    expect(Object.keys(gz2016.rings)).toEqual(['national-test-zone']);
    expect(gz2016.undated).toEqual(['national-test-zone']);
    const sh2016 = placeSymbols([place('shanghai')], 'licences', LAYER_IDS, 1, 2016)[0]!;
    expect(Object.keys(sh2016.rings)).toEqual(['national-test-zone']);
    expect(sh2016.undated).toEqual([]);
    // No year: everything as today, no "date unknown" style.
    expect(sym('guangzhou').undated).toEqual([]);
  });
  test('an undated ring is drawn faded and gets a "?" mark', () => {
    const syms = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS, 2016), 'licences', LAYER_IDS, 1, 2016);
    const layers = buildPlaceLayers(syms, STATE, chars);
    const ring = byId(layers, LAYER_ID.ring('national-test-zone')) as ScatterplotLayer<PlaceSymbol>;
    const gz = syms.find((s) => s.place.id === 'guangzhou')!;
    const sh = syms.find((s) => s.place.id === 'shanghai')!;
    expect(call<number[]>(ring.props.getLineColor, gz)[3]).toBeLessThan(
      call<number[]>(ring.props.getLineColor, sh)[3]!,
    );
    const marks = byId(layers, LAYER_ID.undated) as TextLayer<PlaceSymbol>;
    expect((marks.props.data as PlaceSymbol[]).map((s) => s.place.id)).toEqual(['guangzhou']);
  });
});

describe('layer factories', () => {
  test('compared places are ringed and labelled like the selection', () => {
    const layers = layersFor({ compareIds: ['shanghai', 'xiangyang'] });
    const sel = byId(layers, LAYER_ID.selection) as ScatterplotLayer<PlaceSymbol>;
    expect((sel.props.data as PlaceSymbol[]).map((s) => s.place.id).sort()).toEqual([
      'shanghai',
      'xiangyang',
    ]);
    const labels = byId(layers, LAYER_ID.labels) as TextLayer<PlaceSymbol>;
    const labelled = (labels.props.data as PlaceSymbol[]).map((s) => s.place.id);
    expect(labelled).toEqual(expect.arrayContaining(['shanghai', 'xiangyang']));
  });
  test('one ring layer per programme, plus cores, selection and labels, with stable ids', () => {
    const ids = layersFor().map((l) => l.id);
    expect(ids).toEqual([
      'ring-vrc-pilot-city',
      'ring-double-smart-city',
      'ring-iov-pilot-zone',
      'ring-national-test-zone',
      'place-cores',
      'place-selection',
      'place-leaders',
      'place-labels',
      'place-undated',
    ]);
  });
  test('each ring layer holds exactly the places in that programme, in its own colour', () => {
    const iov = byId(layersFor(), LAYER_ID.ring('iov-pilot-zone')) as ScatterplotLayer<PlaceSymbol>;
    expect((iov.props.data as PlaceSymbol[]).map((s) => s.place.id).sort()).toEqual([
      'changsha',
      'chongqing',
      'liuzhou',
      'tianjin',
      'wuxi',
      'xiangyang',
      'zhejiang',
    ]);
    expect(call<number[]>(iov.props.getLineColor, sym('wuxi'))).toEqual(LAYER_COLORS['iov-pilot-zone']);
  });
  test('a scenario filter dims non-matching places and marks places without data differently', () => {
    const cores = byId(
      layersFor({ filter: { scenarios: ['mines'], match: 'any' } }),
      LAYER_ID.cores,
    ) as ScatterplotLayer<PlaceSymbol>;
    const alpha = (id: string) => call<number[]>(cores.props.getFillColor, sym(id))[3]!;
    expect(alpha('shanghai')).toBe(235);
    expect(alpha('beijing')).toBe(Math.round(235 * FILTER_ALPHA['no-match']));
    expect(alpha('shenzhen')).toBe(Math.round(255 * FILTER_ALPHA['no-data']));
  });
  test('places without scenario data can be hidden', () => {
    const cores = byId(
      layersFor({ filter: { scenarios: ['mines'], match: 'any' }, showNoScenarioData: false }),
      LAYER_ID.cores,
    );
    const drawn = (cores.props.data as PlaceSymbol[]).map((s) => s.place.id);
    expect(drawn).not.toContain('shenzhen');
    expect(drawn).toContain('beijing');
  });
  test('the selection layer marks the selected place, and its label is always drawn', () => {
    const layers = layersFor({ selectedPlaceId: 'taixing', zoom: 3 });
    const sel = byId(layers, LAYER_ID.selection);
    expect((sel.props.data as PlaceSymbol[]).map((s) => s.place.id)).toEqual(['taixing']);
    const labels = byId(layers, LAYER_ID.labels) as TextLayer<PlaceSymbol>;
    expect((labels.props.data as PlaceSymbol[]).map((s) => s.place.id)).toContain('taixing');
  });
  test('labels follow the language', () => {
    const texts = (lang: 'en' | 'zh') => {
      const layer = byId(layersFor({ lang }), LAYER_ID.labels) as TextLayer<LabelDatum>;
      return (layer.props.data as LabelDatum[]).map((d) => call<string>(layer.props.getText, d as never));
    };
    expect(texts('zh')).toContain('西安');
    expect(texts('en')).toContain("Xi'an");
  });
  test('the SDF character set: all printable ASCII, plus each character of the given names once', () => {
    const set = labelCharacterSet(['上海', '上饶', 'Xī’ān']);
    for (const ch of "AZaz09 '(),-.") expect(set).toContain(ch);
    for (const ch of ['上', '海', '饶', 'ī', '’', 'ā']) expect(set).toContain(ch);
    expect(set).toHaveLength(95 + 6);
  });
});
