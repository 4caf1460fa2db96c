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
  test('a place ranks before the zones inside it', () => {
    const hits = searchIndex(index, 'beijing');
    expect(hits[0]).toMatchObject({ kind: 'place', placeId: 'beijing' });
    expect(hits.slice(1).some((h) => h.kind === 'zone' && h.placeId === 'beijing')).toBe(true);
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
