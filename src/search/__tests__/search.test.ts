import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../testing/atlas';
import { buildSearchIndex, normalize, searchIndex } from '../search';

const index = buildSearchIndex(TEST_ATLAS);
const first = (q: string) => searchIndex(index, q)[0];

describe('search', () => {
  test.each([
    ['shanghai', 'shanghai'],
    ['上海', 'shanghai'],
    ['wuxi', 'wuxi'],
    ['无锡', 'wuxi'],
    ['Xian', 'xian'],
    ["xi'an", 'xian'],
    ['西安', 'xian'],
    ['Hangzhou', 'zhejiang'],
    ['德清', 'zhejiang'],
    ['Lingang', 'shanghai'],
    ['i-VISTA', 'chongqing'],
    ['eerduosi', 'ordos'],
  ])('%s → %s', (q, placeId) => {
    expect(first(q)?.placeId).toBe(placeId);
  });
  test('one row per place: the place itself, not also its designations of the same name', () => {
    const hits = searchIndex(index, 'wuhan');
    expect(hits.filter((h) => h.placeId === 'wuhan')).toEqual([
      expect.objectContaining({ kind: 'place', id: 'wuhan' }),
    ]);
    const beijing = searchIndex(index, 'beijing');
    expect(beijing[0]).toMatchObject({ kind: 'place', placeId: 'beijing' });
    expect(beijing.filter((h) => h.placeId === 'beijing')).toHaveLength(1);
  });
  test('a match on a zone’s name alone gives the zone, with its layer, once per place', () => {
    expect(first('Lingang')).toMatchObject({
      kind: 'zone',
      id: 'shanghai-lingang',
      placeId: 'shanghai',
      layer: 'national-test-zone',
    });
    const hits = searchIndex(index, 'closed-site test base');
    const places = hits.map((h) => h.placeId);
    expect(new Set(places).size).toBe(places.length);
    expect(places).toEqual(expect.arrayContaining(['beijing', 'xian', 'chongqing', 'shanghai']));
  });
  test('no match, and empty queries, return nothing', () => {
    expect(searchIndex(index, 'atlantis')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
  });
  test('normalize strips tones, case, spaces and punctuation', () => {
    expect(normalize("Xī'ān  ")).toBe('xian');
    expect(normalize('Wu-Han')).toBe('wuhan');
  });
});
