import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { TEST_ATLAS } from '../../testing/atlas';
import { resolveFact, scenarioTotals } from '../resolve';
import { defaultTour } from '../tours/default';
import type { Slide, Tour } from '../types';
import { validateTour } from '../validate';

const slide = (id: string) => defaultTour.slides.find((s) => s.id === id)!;
const factText = (s: Slide, i: number, lang: 'en' | 'zh' = 'en') =>
  resolveFact(s.facts[i]!, TEST_ATLAS, lang, lang === 'en' ? en : zh).text;

describe('the default tour', () => {
  test('is valid against the atlas, with 8-12 slides', () => {
    expect(validateTour(defaultTour, TEST_ATLAS)).toEqual([]);
    expect(defaultTour.slides.length).toBeGreaterThanOrEqual(8);
    expect(defaultTour.slides.length).toBeLessThanOrEqual(12);
  });

  test('the national picture reads 17 / 7 / 16 from national.json', () => {
    const totals = TEST_ATLAS.national.totals;
    const text = factText(slide('national'), 0);
    for (const id of ['p2023-test-zones', 'p2023-iov-zones', 'p2023-smart-cities'])
      expect(text).toContain(`${totals.find((t) => t.id === id)!.published} `);
    expect(text).toMatch(/^17 national .*, 7 IoV .*, 16 Double-Smart/);
  });

  test('Double-Smart batches are counted from the designations', () => {
    const batch = (b: 1 | 2) =>
      TEST_ATLAS.layers['double-smart-city'].filter((z) => z.properties.batch === b).length;
    expect(factText(slide('double-smart-1'), 0)).toMatch(new RegExp(`^${batch(1)} cities`));
    expect(factText(slide('double-smart-2'), 0)).toMatch(new RegExp(`^${batch(2)} cities`));
    expect(batch(1) + batch(2)).toBe(16);
  });

  test('the scenario slide names the most and least common Table 4 columns with their counts', () => {
    const totals = scenarioTotals(TEST_ATLAS);
    const max = Math.max(...totals.map((t) => t.count));
    const top = totals.filter((t) => t.count === max);
    const text = factText(slide('scenarios'), 0);
    for (const t of top) expect(text).toContain(`${en.scenarios[t.scenario]} (${t.count} places)`);
  });

  test('a place slide shows the figure as published, with its unit', () => {
    const f = TEST_ATLAS.placeById.get('shanghai')!.table3!.licences;
    expect(factText(slide('shanghai'), 0)).toBe(`Test licences issued (Table 3): ${f.published} licences`);
    expect(factText(slide('market'), 0, 'zh')).toContain('（2023年1—10月）');
    // The year is in the text; no second "as of" for it.
    expect(resolveFact(slide('market').facts[0]!, TEST_ATLAS, 'en', en).asOf).toEqual([]);
  });
});

describe('validateTour', () => {
  const broken = (patch: Partial<Slide>): Tour => ({
    ...defaultTour,
    slides: [{ ...defaultTour.slides[0]!, ...patch }],
  });
  test('names an unknown place, fact path, source and a typed number', () => {
    const problems = validateTour(
      broken({
        place: 'atlantis',
        facts: [
          {
            text: { en: 'Roads: {a}, {b}; 42 more', zh: '道路{a}，{b}' },
            figures: { a: { place: 'shanghai', fact: 'no-such-fact' }, b: { national: 'nope' } },
          },
        ],
      }),
      TEST_ATLAS,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'default › national › place: unknown place "atlantis"',
        'default › national › facts.0.figures.a: place "shanghai" has no fact "no-such-fact"',
        'default › national › facts.0.figures.b: unknown national total "nope"',
        'default › national › facts.0.en: number "42" typed in the text',
      ]),
    );
  });
  test('names a source missing from sources.json and a placeholder without a figure', () => {
    const sources = new Map(TEST_ATLAS.sources);
    sources.delete('wang2024');
    const problems = validateTour(
      broken({
        facts: [{ text: { en: '{x}', zh: '{y}' }, figures: { x: { national: 'p2023-test-zones' } } }],
      }),
      { ...TEST_ATLAS, sources },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'default › national › facts.0.figures.x: unknown source "wang2024"',
        'default › national › facts.0.zh: placeholder {y} has no figure',
        'default › national › facts.0: figure "x" is not shown in both languages',
      ]),
    );
  });
});
