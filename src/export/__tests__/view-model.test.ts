import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { PLACES_CSV_COLUMNS } from '../../data/export';
import { en } from '../../i18n/en';
import { useAppStore } from '../../store';
import { TEST_ATLAS } from '../../testing/atlas';
import { viewCsv } from '../view-csv';
import { exportFileName, exportStateOf, listedPlaces, viewTitle, type ExportState } from '../view-model';

// The atlas as it opens: the store's initial state.
const base: ExportState = exportStateOf(useAppStore.getInitialState());
const day = new Date(2026, 10, 26, 23, 30);

describe('export file names', () => {
  test('are named after the view: place, scenarios (in the URL order), local date', () => {
    const st = {
      ...base,
      selectedPlaceId: 'shanghai',
      scenarios: ['mines', 'ports'] as ExportState['scenarios'],
    };
    expect(exportFileName(st, 'png', day)).toBe('icv-atlas_shanghai_ports-mines_2026-11-26.png');
    expect(exportFileName(st, 'png', day, '3840x2160')).toBe(
      'icv-atlas_shanghai_ports-mines_2026-11-26_3840x2160.png',
    );
  });
  test('leave out what the view does not have', () => {
    expect(exportFileName(base, 'csv', day)).toBe('icv-atlas_2026-11-26.csv');
    expect(exportFileName({ ...base, selectedPlaceId: 'wuhan' }, 'txt', day, 'citation')).toBe(
      'icv-atlas_wuhan_2026-11-26_citation.txt',
    );
  });
});

describe('the view', () => {
  test('lists the places in a visible layer that the scenario filter keeps (the CSV rows)', () => {
    // Table 4 of the paper: mines are reported by Jinan and Shanghai only.
    const mines = listedPlaces(TEST_ATLAS, { ...base, scenarios: ['mines'] });
    expect(mines.map((p) => p.id).sort()).toEqual(['jinan', 'shanghai']);
    const iovOnly = listedPlaces(TEST_ATLAS, { ...base, visibleLayers: ['iov-pilot-zone'] });
    expect(iovOnly.length).toBe(
      new Set(TEST_ATLAS.layers['iov-pilot-zone'].map((z) => z.properties.place)).size,
    );

    // Like data/places.csv: a byte-order mark (Excel reads the Chinese names right), then the rows.
    const csv = viewCsv(TEST_ATLAS, mines);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual([...PLACES_CSV_COLUMNS]);
    expect(rows.map((r) => r.place_id)).toEqual(mines.map((p) => p.id));
  });

  test('is titled by the selected place, the filter, the layers and the counts', () => {
    const st: ExportState = {
      ...base,
      selectedPlaceId: 'shanghai',
      scenarios: ['mines', 'ports'],
      match: 'all',
      visibleLayers: ['national-test-zone', 'iov-pilot-zone'],
    };
    const { title, details } = viewTitle(TEST_ATLAS, st, en);
    expect(title).toBe('Shanghai · 上海');
    expect(details[0]).toBe('Scenarios (all of): Ports, Mines');
    expect(details[1]).toBe('Layers: Test zone, IoV pilot zone');
    const listed = listedPlaces(TEST_ATLAS, st).length;
    const visible = TEST_ATLAS.places.filter((p) =>
      p.layers.some((l) => st.visibleLayers.includes(l)),
    ).length;
    expect(details[2]).toBe(`${listed} of ${visible} places match`);
    expect(viewTitle(TEST_ATLAS, base, en)).toEqual({
      title: en.app.subtitle,
      details: [`${TEST_ATLAS.places.length} places`],
    });
  });
});

describe('a view of one year of the timeline', () => {
  const y2016: ExportState = { ...base, year: 2016 };
  test('lists, titles and names the view by that year, like the map and the list', () => {
    const listed = listedPlaces(TEST_ATLAS, y2016).map((p) => p.id);
    const all = listedPlaces(TEST_ATLAS, base).map((p) => p.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(all.length);
    expect(viewTitle(TEST_ATLAS, y2016, en).details[0]).toBe('by the end of 2016');
    expect(exportFileName(y2016, 'png', new Date(2026, 10, 26))).toBe('icv-atlas_2016_2026-11-26.png');
  });
});
