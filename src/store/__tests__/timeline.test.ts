import { describe, expect, test } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { place, TEST_ATLAS } from '../../testing/atlas';
import { visiblePlaces } from '../selectors';
import { layerCountsAsOf, placeLayersAsOf, undatedZones, zoneAsOf, zonesAsOf } from '../timeline';
import { useAppStore } from '..';
import { resetStoreAfterEach } from '../../testing/render';

const zone = (id: string) => TEST_ATLAS.zones.find((z) => z.properties.id === id)!;
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const testZoneIds = (year: number | null) =>
  zonesAsOf(TEST_ATLAS.layers['national-test-zone'], year)
    .map((z) => z.properties.id)
    .sort();

describe('timeline membership', () => {
  test('a zone counts from the year of its date (day, month or year precision)', () => {
    expect(zoneAsOf(zone('shanghai-jiading'), 2014)).toBe('later'); // 2015-06
    expect(zoneAsOf(zone('shanghai-jiading'), 2015)).toBe('dated');
    expect(zoneAsOf(zone('zhejiang-hangzhou-tongxiang'), 2015)).toBe('dated'); // "2015"
    expect(zoneAsOf(zone('changsha-xiangjiang'), 2017)).toBe('later'); // 2018-11-28
  });
  test('a "by" date counts from its year, never earlier', () => {
    expect(zone('beijing-yizhuang-mot').properties.designatedQualifier).toBe('by');
    expect(zoneAsOf(zone('beijing-yizhuang-mot'), 2020)).toBe('later');
    expect(zoneAsOf(zone('beijing-yizhuang-mot'), 2021)).toBe('dated');
  });
  test('an unknown date is "undated" in every year, never placed in one', () => {
    expect(undatedZones(TEST_ATLAS).map((z) => z.properties.id)).toEqual(['guangzhou']);
    for (const y of [2015, 2019, 2024, null]) expect(zoneAsOf(zone('guangzhou'), y)).toBe('undated');
  });
  test('test zones by the end of 2016: the six dated ones and the undated Guangzhou zone', () => {
    expect(testZoneIds(2016)).toEqual(
      [
        'beijing-hebei-yizhuang',
        'changchun-north',
        'chongqing-ivista',
        'guangzhou',
        'shanghai-jiading',
        'wuhan-edz',
        'zhejiang-hangzhou-tongxiang',
      ].sort(),
    );
  });
  test('layer counts by 2019: 15 of the 17 test zones dated, 1 undated; 2 IoV zones; no city programme yet', () => {
    const c = layerCountsAsOf(TEST_ATLAS, 2019);
    expect(c['national-test-zone']).toEqual({ dated: 15, undated: 1, total: 17 });
    expect(c['iov-pilot-zone']).toEqual({ dated: 2, undated: 0, total: 7 });
    expect(c['double-smart-city'].dated).toBe(0);
    expect(c['vrc-pilot-city'].dated).toBe(0);
    // With no year, everything is counted as today.
    const today = layerCountsAsOf(TEST_ATLAS, null);
    for (const l of LAYER_IDS) expect(today[l].dated + today[l].undated).toBe(TEST_ATLAS.layers[l].length);
    // By 2024 every dated designation is in.
    expect(layerCountsAsOf(TEST_ATLAS, 2024)['double-smart-city'].dated).toBe(16);
  });
  test("a place's programmes as of a year, with the undated ring marked only while a year is shown", () => {
    expect(placeLayersAsOf(place('guangzhou'), 2016)).toEqual([
      { layer: 'national-test-zone', undated: true },
    ]);
    expect(placeLayersAsOf(place('guangzhou'), 2021)).toEqual([
      { layer: 'national-test-zone', undated: true },
      { layer: 'double-smart-city', undated: false },
    ]);
    expect(placeLayersAsOf(place('guangzhou'), null).every((l) => !l.undated)).toBe(true);
    expect(placeLayersAsOf(place('shenzhen'), 2020)).toEqual([]);
  });
  test('visible places follow the year (and the layers), memoised', () => {
    expect(ids(visiblePlaces(TEST_ATLAS, LAYER_IDS, 2015))).toEqual(['guangzhou', 'shanghai', 'zhejiang']);
    expect(visiblePlaces(TEST_ATLAS, LAYER_IDS, null)).toHaveLength(TEST_ATLAS.places.length);
    expect(visiblePlaces(TEST_ATLAS, LAYER_IDS, 2024)).toHaveLength(TEST_ATLAS.places.length);
    // Only the IoV layer in 2019: Wuxi (2019-05) and Tianjin (2019-12).
    expect(ids(visiblePlaces(TEST_ATLAS, ['iov-pilot-zone'], 2019))).toEqual(['tianjin', 'wuxi']);
    const a = visiblePlaces(TEST_ATLAS, LAYER_IDS, 2018);
    expect(visiblePlaces(TEST_ATLAS, LAYER_IDS, 2018)).toBe(a);
    expect(visiblePlaces(TEST_ATLAS, LAYER_IDS, 2019)).not.toBe(a);
  });
});

describe('timeline and compare actions', () => {
  resetStoreAfterEach();
  test('stepping starts at an end from "all years" and stops at 2015 / 2024; invalid years clear', () => {
    const s = () => useAppStore.getState();
    s().stepYear(1);
    expect(s().year).toBe(2015);
    s().stepYear(-1);
    expect(s().year).toBe(2015);
    s().setYear(2024);
    s().stepYear(1);
    expect(s().year).toBe(2024);
    s().setYear(null);
    s().stepYear(-1);
    expect(s().year).toBe(2024);
    s().setYear(2030);
    expect(s().year).toBeNull();
  });
  test('compare keeps each place once, three at most', () => {
    const s = () => useAppStore.getState();
    for (const id of ['shanghai', 'beijing', 'shanghai', 'wuhan', 'guangzhou']) s().addToCompare(id);
    expect(s().compare).toEqual(['shanghai', 'beijing', 'wuhan']);
    s().removeFromCompare('beijing');
    expect(s().compare).toEqual(['shanghai', 'wuhan']);
    s().clearCompare();
    expect(s().compare).toEqual([]);
  });
});
