import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/en';
import { formatDate } from '../../i18n/format';
import { useAppStore } from '../../store';
import { TEST_ATLAS } from '../../testing/atlas';
import { citationText } from '../citation';
import { exportStateOf, listedPlaces, type ExportState } from '../view-model';
import { sourceLine, viewSources } from '../view-sources';

// The atlas as it opens: the store's initial state.
const base: ExportState = exportStateOf(useAppStore.getInitialState());

describe('sources of a view', () => {
  test('the size metric rests on CAICV 2022 (Table 3), as of 2022', () => {
    const vs = viewSources(TEST_ATLAS, base);
    expect(vs.figures.map((f) => [f.source.id, f.asOf])).toEqual([['caicv2022', ['2022']]]);
    // The latest designation date is the data's own.
    const latest = TEST_ATLAS.zones
      .map((z) => z.properties.designated)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1)!;
    expect(vs.latestDesignation).toBe(latest);
    expect(sourceLine(TEST_ATLAS, vs, base, en)).toContain(`latest dated ${formatDate(latest, 'en')}`);
  });

  test('a selected place adds its panel figures with their own as-of dates', () => {
    const st = { ...base, selectedPlaceId: 'shanghai', metric: 'none' as const };
    const vs = viewSources(TEST_ATLAS, st);
    const shanghai = TEST_ATLAS.placeById.get('shanghai')!;
    for (const f of shanghai.facts) {
      const entry = vs.figures.find((x) => x.source.id === f.source);
      expect(entry?.asOf).toContain(f.asOf);
    }
  });

  test('no metric, no filter, no place: no figure, only the designations', () => {
    const vs = viewSources(TEST_ATLAS, { ...base, metric: 'none' });
    expect(vs.figures).toEqual([]);
    const ids = new Set(
      listedPlaces(TEST_ATLAS, base).flatMap((p) => p.zones.flatMap((z) => z.properties.sources)),
    );
    expect(vs.designations.map((s) => s.id).sort()).toEqual([...ids].sort());
  });
});

describe('citation text', () => {
  test('cites the view with its link, the paper, and each source once', () => {
    const text = citationText(
      TEST_ATLAS,
      { ...base, selectedPlaceId: 'shanghai' },
      { kind: 'url', url: 'https://h.example/?place=shanghai' },
      en,
      new Date(2026, 10, 26),
    );
    expect(text).toContain('ICV Atlas: Shanghai · 上海');
    expect(text).toContain('https://h.example/?place=shanghai');
    expect(text).toContain('https://hal.science/hal-04865094v1');
    expect(text).toContain('[figures as of 2022]');
    expect(text).not.toContain('n.d..');
    const lines = text.split('\n').filter((l) => l.startsWith('- '));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
