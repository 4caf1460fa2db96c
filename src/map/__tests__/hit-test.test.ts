import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { visiblePlaces } from '../../store/selectors';
import { TEST_ATLAS } from '../../testing/atlas';
import { hitTest } from '../hit-test';
import { mercatorPixel } from '../mercator';
import { placeSymbols } from '../layers/place-geometry';
import { mapLabels, type PlaceLayerState } from '../layers/place-layers';

const ST: PlaceLayerState = {
  filter: { scenarios: [], match: 'any' },
  showNoScenarioData: true,
  selectedPlaceId: null,
  hoveredPlaceId: null,
  lang: 'en',
  zoom: 4,
};
const symbols = placeSymbols(visiblePlaces(TEST_ATLAS, LAYER_IDS), 'licences', LAYER_IDS);
const project = (ll: [number, number]) => {
  const [x, y] = mercatorPixel(ll, ST.zoom);
  return { x, y };
};
const { placement } = mapLabels(symbols, ST);
const OPTS = { tolerance: 4, placement };
const at = (id: string, dx = 0, dy = 0) => {
  const p = project(TEST_ATLAS.placeById.get(id)!.anchor);
  return { x: p.x + dx, y: p.y + dy };
};
const hitOf = (point: { x: number; y: number }) => hitTest(symbols, project, point, OPTS);
const hit = (point: { x: number; y: number }) => hitOf(point)?.place?.place.id ?? null;

describe('hit test', () => {
  test('a click on a place’s centre selects it, even in a cluster', () => {
    for (const id of ['shanghai', 'beijing', 'xian', 'liuzhou', 'suzhou']) expect(hit(at(id))).toBe(id);
  });
  test('the outer ring and a few pixels of tolerance count; beyond does not', () => {
    const xian = symbols.find((s) => s.place.id === 'xian')!;
    expect(hit(at('xian', 0, -(xian.outer + 3)))).toBe('xian');
    expect(hitOf(at('xian', 0, -(xian.outer + 12)))).toBeNull();
  });
  test('where symbols overlap without burying each other, the nearest centre wins', () => {
    expect(hit(at('shenzhen', 1, 1))).toBe('shenzhen');
    expect(hit(at('guangzhou', -1, -1))).toBe('guangzhou');
  });
  test('a click on the rings of a pile of places opens its cluster (all its places)', () => {
    const shanghai = symbols.find((s) => s.place.id === 'shanghai')!;
    const h = hitOf(at('shanghai', 0, -(shanghai.outer - 2)));
    expect(h?.cluster?.members).toEqual(expect.arrayContaining(['shanghai', 'suzhou', 'wuxi']));
  });
  test('a click on a drawn label selects its place; on a cluster’s label, the cluster', () => {
    const xian = placement.labels.get('xian')!;
    const p = at('xian');
    expect(hit({ x: p.x + xian.dx, y: p.y + xian.dy })).toBe('xian');
    const delta = placement.clusterOf.get('suzhou')!;
    const a = at(delta.label!.anchor);
    expect(hitOf({ x: a.x + delta.label!.dx, y: a.y + delta.label!.dy })?.cluster).toBe(delta);
  });
  test('empty sea selects nothing', () => {
    expect(hitOf(project([125, 25]))).toBeNull();
  });
});
