import { describe, expect, test } from 'vitest';
import {
  DEFAULT_URL_STATE,
  makeCodec,
  param,
  PARAMS,
  parseUrlState,
  serializeUrlState,
  URL_CODEC,
  type UrlState,
} from '../url-state';

const PLACES = new Set(['shanghai', 'beijing', 'guangzhou']);

describe('URL codec', () => {
  test('a tour and its slide round-trip; an unknown tour or a bad slide is dropped and reported', () => {
    const { state, dropped } = parseUrlState('?tour=default&slide=3', PLACES);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ tour: 'default', slide: 3 });
    expect(serializeUrlState(state)).toBe('?tour=default&slide=3');
    const bad = parseUrlState('?tour=nope&slide=0', PLACES);
    expect(bad.dropped).toEqual(['tour=nope', 'slide=0']);
    expect(bad.state).toMatchObject({ tour: null, slide: 0 });
  });
  test('a full state round-trips exactly', () => {
    const state: UrlState = {
      selectedPlaceId: 'shanghai',
      scenarios: ['ports', 'mines'],
      match: 'all',
      visibleLayers: ['national-test-zone', 'iov-pilot-zone'],
      metric: 'openedTestRoads',
      lang: 'zh',
      year: 2019,
      compare: ['shanghai', 'beijing'],
      theme: 'projector',
      view: { lon: 121.473, lat: 31.23, zoom: 6.5 },
      analysis: 'matrix',
      tour: null,
      slide: 0,
      tourData: null,
    };
    const qs = serializeUrlState(state);
    expect(qs).toBe(
      '?place=shanghai&scenarios=ports,mines&match=all&layers=test-zones,iov&metric=openedTestRoads&lang=zh&year=2019&compare=shanghai,beijing&theme=projector&view=121.473,31.23,6.5&analysis=matrix',
    );
    const back = parseUrlState(qs, PLACES);
    expect(back.dropped).toEqual([]);
    expect(back.state).toEqual(state);
  });
  test('year: 2015-2024 only; compare: known places, at most three, others reported', () => {
    expect(parseUrlState('?year=2016', PLACES).state.year).toBe(2016);
    for (const bad of ['2014', '2025', '2019.5', 'abc', '']) {
      const { state, dropped } = parseUrlState(`?year=${bad}`, PLACES);
      expect(state.year).toBeNull();
      expect(dropped).toEqual([`year=${bad}`]);
    }
    const { state, dropped } = parseUrlState('?compare=shanghai,atlantis,beijing,shanghai,guangzhou', PLACES);
    expect(state.compare).toEqual(['shanghai', 'beijing', 'guangzhou']);
    expect(dropped).toEqual(['compare=atlantis']);
    const four = parseUrlState('?compare=shanghai,beijing,guangzhou,wuhan', new Set([...PLACES, 'wuhan']));
    expect(four.state.compare).toEqual(['shanghai', 'beijing', 'guangzhou']);
    expect(four.dropped).toEqual(['compare=wuhan']);
  });
  test('defaults are omitted, so the plain atlas has a clean URL', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('', PLACES)).toEqual({ state: DEFAULT_URL_STATE, dropped: [] });
  });
  test('theme: projector is kept, light is the default and left out, anything else is dropped', () => {
    expect(parseUrlState('?theme=projector', PLACES).state.theme).toBe('projector');
    expect(parseUrlState('?theme=Projector', PLACES).state.theme).toBe('projector');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, theme: 'light' })).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, theme: 'projector' })).toBe('?theme=projector');
    const { state, dropped } = parseUrlState('?theme=dark', PLACES);
    expect(state.theme).toBe('light');
    expect(dropped).toEqual(['theme=dark']);
  });
  test('order of lists is canonical whatever the input order', () => {
    const { state } = parseUrlState('?scenarios=mines,robotaxi&layers=vrc-2024,test-zones', PLACES);
    expect(serializeUrlState(state)).toBe('?scenarios=robotaxi,mines&layers=test-zones,vrc-2024');
  });
  test('valid values survive next to invalid ones, and every invalid one is reported', () => {
    const { state, dropped } = parseUrlState(
      '?place=atlantis&scenarios=mines,flying,MINES&view=abc&metric=licences',
      PLACES,
    );
    expect(state.selectedPlaceId).toBeNull();
    expect(state.scenarios).toEqual(['mines']);
    expect(state.view).toBeNull();
    expect(state.metric).toBe('licences');
    expect(dropped).toEqual(['place=atlantis', 'scenarios=flying', 'view=abc']);
  });
  test('an analysis view opens from the link; an unknown one is dropped and reported', () => {
    expect(parseUrlState('?analysis=Rankings', PLACES).state.analysis).toBe('rankings');
    const { state, dropped } = parseUrlState('?analysis=pie', PLACES);
    expect(state.analysis).toBeNull();
    expect(dropped).toEqual(['analysis=pie']);
  });

  const GARBAGE = [
    '?place=',
    '?place=%E4%B8%8A%E6%B5%B7',
    '?place=../../etc/passwd',
    '?scenarios=,,,',
    '?scenarios=' + 'x'.repeat(5000),
    '?match=some',
    '?layers=none',
    '?metric=__proto__',
    '?lang=fr',
    '?theme=neon',
    '?view=1,2',
    '?view=200,10,3',
    '?view=100,30,99',
    '?view=NaN,NaN,NaN',
    '?view=1e3,1,1',
    '?view=%00',
    '?%%%=%%%',
    '?place=shanghai&place=beijing',
    '?constructor=1&__proto__=2',
    '?utm_source=newsletter',
  ];
  test.each(GARBAGE)('garbage %s: never throws, yields a valid state', (qs) => {
    const { state } = parseUrlState(qs, PLACES);
    expect(state.selectedPlaceId === null || PLACES.has(state.selectedPlaceId)).toBe(true);
    expect(['any', 'all']).toContain(state.match);
    expect(['en', 'zh']).toContain(state.lang);
    expect(['light', 'projector']).toContain(state.theme);
    if (state.view) expect(Number.isFinite(state.view.lon + state.view.lat + state.view.zoom)).toBe(true);
    // Whatever survives serialises and parses back to itself.
    expect(parseUrlState(serializeUrlState(state), PLACES).state).toEqual(state);
  });
  test('a repeated parameter keeps the first value and reports the rest', () => {
    const { state, dropped } = parseUrlState('?place=shanghai&place=beijing', PLACES);
    expect(state.selectedPlaceId).toBe('shanghai');
    expect(dropped).toEqual(['place=beijing (repeated)']);
  });
  test('a layers list of unknown tokens keeps every layer on', () => {
    expect(parseUrlState('?layers=none', PLACES).state.visibleLayers).toEqual(
      DEFAULT_URL_STATE.visibleLayers,
    );
  });
  test('unknown keys are ignored silently', () => {
    expect(parseUrlState('?utm_source=x', PLACES).dropped).toEqual([]);
  });
  test('an empty layers list (all layers off) survives a round trip', () => {
    const state = { ...DEFAULT_URL_STATE, visibleLayers: [] };
    expect(parseUrlState(serializeUrlState(state), PLACES).state.visibleLayers).toEqual([]);
  });
});

describe('the parameter table', () => {
  test('a new parameter is one entry: it parses, serialises, drops bad values and omits its default', () => {
    // Any store field can be bound; here the "no scenario data" toggle, which the real table leaves out.
    const codec = makeCodec<UrlState & { showNoScenarioData: boolean }>([
      ...PARAMS,
      param({
        key: 'nodata',
        field: 'showNoScenarioData',
        initial: true,
        parse: (raw) =>
          raw === 'hide' ? { value: false } : raw === 'show' ? { value: true } : { dropped: [raw] },
        serialize: (v) => (v ? null : 'hide'),
      }),
    ]);
    const { state, dropped } = codec.parse('?place=beijing&nodata=hide', { placeIds: PLACES });
    expect(state.showNoScenarioData).toBe(false);
    expect(state.selectedPlaceId).toBe('beijing');
    expect(dropped).toEqual([]);
    expect(codec.serialize(state)).toBe('?place=beijing&nodata=hide');
    expect(codec.parse('?nodata=maybe', { placeIds: PLACES }).dropped).toEqual(['nodata=maybe']);
    expect(codec.serialize({ ...state, showNoScenarioData: true })).toBe('?place=beijing');
  });
  test('only a change of a "push" parameter (the selected place) adds a history entry', () => {
    const base = { ...DEFAULT_URL_STATE, selectedPlaceId: 'shanghai' };
    expect(URL_CODEC.pushes(base, { ...base, selectedPlaceId: 'beijing' })).toBe(true);
    expect(URL_CODEC.pushes(base, { ...base, metric: 'none' })).toBe(false);
  });
});
