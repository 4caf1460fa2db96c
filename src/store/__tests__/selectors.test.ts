import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { place, TEST_ATLAS } from '../../testing/atlas';
import {
  filterState,
  matchingPlaces,
  placesWithoutScenarioData,
  scenarioCounts,
  sortPlaces,
  visiblePlaces,
} from '../selectors';

const all = visiblePlaces(TEST_ATLAS, LAYER_IDS);
const ids = (ps: { id: string }[]) => ps.map((p) => p.id).sort();

describe('scenario filter', () => {
  test('mines: exactly the places Table 4 lists (Shanghai, Jinan)', () => {
    expect(ids(matchingPlaces(all, { scenarios: ['mines'], match: 'any' }))).toEqual(['jinan', 'shanghai']);
  });
  test('any vs all', () => {
    const f = { scenarios: ['avp', 'ports'] as const };
    expect(ids(matchingPlaces(all, { scenarios: [...f.scenarios], match: 'any' }))).toEqual([
      'beijing',
      'guangzhou',
      'jinan',
      'shanghai',
      'tianjin',
      'zhejiang',
    ]);
    expect(ids(matchingPlaces(all, { scenarios: [...f.scenarios], match: 'all' }))).toEqual(['guangzhou']);
  });
  test('no selection keeps every visible place', () => {
    expect(matchingPlaces(all, { scenarios: [], match: 'any' })).toHaveLength(all.length);
  });
  test('places without Table 4 data are "no-data", never "no-match"', () => {
    const f = { scenarios: ['robotaxi' as const], match: 'any' as const };
    expect(filterState(place('shenzhen'), f)).toBe('no-data');
    expect(filterState(place('tianjin'), f)).toBe('no-match');
    expect(filterState(place('shanghai'), f)).toBe('match');
    expect(filterState(place('shenzhen'), { scenarios: [], match: 'any' })).toBe('unfiltered');
    expect(placesWithoutScenarioData(all)).toHaveLength(all.length - 13);
  });
  test('live counts follow the match mode', () => {
    expect(scenarioCounts(all, { scenarios: [], match: 'any' })).toEqual({
      robotaxi: 6,
      avp: 2,
      'commuter-bus': 11,
      robobus: 9,
      'highway-truck': 5,
      ports: 5,
      mines: 2,
      sanitation: 7,
      patrol: 6,
      'last-mile-delivery': 10,
    });
    const withMines = scenarioCounts(all, { scenarios: ['mines'], match: 'all' });
    expect(withMines.ports).toBe(2); // Shanghai and Jinan have both
    expect(withMines.avp).toBe(0);
    expect(withMines.mines).toBe(2);
  });
});

describe('layers and sorting', () => {
  test('hiding layers hides places that have no other visible designation', () => {
    const onlyIov = visiblePlaces(TEST_ATLAS, ['iov-pilot-zone']);
    expect(ids(onlyIov)).toEqual([
      'changsha',
      'chongqing',
      'liuzhou',
      'tianjin',
      'wuxi',
      'xiangyang',
      'zhejiang',
    ]);
    expect(visiblePlaces(TEST_ATLAS, [])).toEqual([]);
  });
  test('sorting by a metric puts reported values first, largest first, and "not reported" last', () => {
    const sorted = sortPlaces(all, 'metric', 'licences', 'en').map((p) => p.id);
    expect(sorted.slice(0, 3)).toEqual(['shanghai', 'beijing', 'guangzhou']);
    const firstUnreported = sorted.findIndex((id) => !TEST_ATLAS.placeById.get(id)!.table3);
    expect(sorted.slice(firstUnreported).every((id) => !TEST_ATLAS.placeById.get(id)!.table3)).toBe(true);
  });
  test('sorting by name follows the UI language (中文 by pinyin, not by the English name)', () => {
    const order = (lang: 'en' | 'zh') => sortPlaces(all, 'name', 'none', lang).map((p) => p.id);
    expect(order('en')[0]).toBe('beijing');
    // Ordos / 鄂尔多斯 (È'ěrduōsī) comes after Fuzhou in English and before 福州 (Fúzhōu) in Chinese.
    expect(order('en').indexOf('ordos')).toBeGreaterThan(order('en').indexOf('fuzhou'));
    expect(order('zh').indexOf('ordos')).toBeLessThan(order('zh').indexOf('fuzhou'));
  });
  test('中文 sorts in pinyin order, reading 长春 / 长沙 as cháng and 厦门 as xià', () => {
    const zh = sortPlaces(all, 'name', 'none', 'zh').map((p) => p.name.zh);
    const before = (a: string, b: string) =>
      expect(zh.indexOf(a), `${a} before ${b}`).toBeLessThan(zh.indexOf(b));
    // chang < cheng < chong: 长春, 长沙 among the "ch" names, not after 浙江 as "zhang".
    before('沧州', '长春');
    before('长春', '长沙');
    before('长沙', '成都');
    before('成都', '重庆');
    before('长沙', '浙江');
    // xi < xia < xiang: 厦门 among the "x" names, not among the "sh" names.
    before('武汉', '厦门');
    before('西安', '厦门');
    before('厦门', '襄阳');
    before('十堰', '厦门');
    before('苏州', '厦门');
  });
  test('中文 order never goes back in the alphabet of the places’ pinyin', () => {
    const initials = sortPlaces(all, 'name', 'none', 'zh').map((p) => p.pinyin[0]!);
    expect(initials.join('')).toBe([...initials].sort().join(''));
  });
});
