import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../../testing/atlas';
import { defaultTour } from '../../tours/default';
import type { Tour } from '../../types';
import { captureSlide } from '../capture';
import { checkUserTour, MAX_TOUR_FILE_CHARS, parseTourFile, tourFileName, tourFileText } from '../tour-file';

const state = {
  view: { lon: 121.47, lat: 31.23, zoom: 6 },
  visibleLayers: ['national-test-zone', 'iov-pilot-zone'] as Tour['slides'][number]['layers'],
  metric: 'licences' as const,
  scenarios: ['ports' as const],
  match: 'all' as const,
  selectedPlaceId: 'shanghai',
  year: 2021,
  lang: 'zh' as const,
};

const userTour = (): Tour => ({
  id: 'user-abc-123',
  title: { en: 'My tour', zh: 'My tour' },
  slides: [
    captureSlide(state, 's-1', '上海'),
    captureSlide(
      { ...state, selectedPlaceId: 'beijing', view: null, year: null, lang: 'en' },
      's-2',
      'Beijing',
    ),
  ],
});

describe('a captured slide', () => {
  test('holds the map state as the Slide type the built-in tours use, with no facts', () => {
    const [a, b] = userTour().slides;
    expect(a).toEqual({
      id: 's-1',
      title: { en: '上海', zh: '上海' },
      facts: [],
      place: 'shanghai',
      camera: { kind: 'view', view: { lon: 121.47, lat: 31.23, zoom: 6 } },
      layers: ['national-test-zone', 'iov-pilot-zone'],
      metric: 'licences',
      scenarios: ['ports'],
      match: 'all',
      year: 2021,
      lang: 'zh',
    });
    // No settled camera yet: the slide frames its place; no year: every designation.
    expect(b!.camera).toEqual({ kind: 'place' });
    expect(b!.year).toBeUndefined();
  });
});

describe('tour files', () => {
  test('a user tour round-trips through its file', () => {
    const tour = userTour();
    const r = parseTourFile(tourFileText(tour), TEST_ATLAS);
    expect(r).toEqual({ ok: true, tour });
    expect(tourFileName(tour)).toBe('icv-atlas-tour_my-tour.json');
  });

  test('refuses what is not a tour file, naming the problem', () => {
    const refused = (text: string) => {
      const r = parseTourFile(text, TEST_ATLAS);
      return r.ok ? [] : r.problems;
    };
    expect(refused('{"format": "icv-atlas-tour", "version": 1, "tour": ')).toEqual([
      'the file is not valid JSON',
    ]);
    expect(refused('{"hello": 1}')[0]).toMatch(/not an ICV Atlas tour/);
    expect(refused(JSON.stringify({ format: 'icv-atlas-tour', version: 2, tour: {} }))[0]).toMatch(
      /version 2 is not supported/,
    );
    expect(refused(' '.repeat(MAX_TOUR_FILE_CHARS + 1))[0]).toMatch(/larger than 200 kB/);
  });

  const withSlide = (patch: Record<string, unknown>) => {
    const tour = userTour() as unknown as { slides: Record<string, unknown>[] };
    tour.slides[1] = { ...tour.slides[1], ...patch };
    return checkUserTour(tour, TEST_ATLAS);
  };
  const problems = (r: ReturnType<typeof checkUserTour>) => (r.ok ? [] : r.problems);

  test('checks the slides against the atlas with the tours validator', () => {
    expect(problems(withSlide({ place: 'atlantis' }))).toEqual([
      'user-abc-123 › s-2 › place: unknown place "atlantis"',
    ]);
    expect(problems(withSlide({ layers: ['national-test-zone', 'moon-base'] }))).toEqual([
      'user-abc-123 › s-2 › layers: unknown layer "moon-base"',
    ]);
    expect(problems(withSlide({ year: 1999 }))).toEqual([
      'user-abc-123 › s-2 › year: 1999 is outside the timeline',
    ]);
    expect(problems(withSlide({ metric: 'speed' }))).toEqual([
      'user-abc-123 › s-2 › metric: unknown metric "speed"',
    ]);
    expect(problems(withSlide({ lang: 'fr' }))).toEqual(['user-abc-123 › s-2 › lang: unknown language "fr"']);
    expect(problems(withSlide({ title: { en: ' ', zh: ' ' } }))).toEqual([
      'user-abc-123 › s-2 › title: needs EN and 中文',
    ]);
  });

  test('checks the types and sizes of what it reads', () => {
    expect(problems(withSlide({ place: 42 }))).toEqual(['slides.2.place: must be a place id or null']);
    expect(problems(withSlide({ layers: 'all' }))).toEqual(['slides.2.layers: must be a list of names']);
    expect(problems(withSlide({ year: '2020' }))).toEqual(['slides.2.year: must be a whole year']);
    expect(problems(withSlide({ camera: { kind: 'view', view: { lon: 500, lat: 0, zoom: 3 } } }))).toEqual([
      'slides.2.camera.view: needs lon (-180…180), lat (-85…85) and zoom (0…22)',
    ]);
    expect(problems(withSlide({ title: { en: 'x'.repeat(201), zh: 'x' } }))).toEqual([
      'slides.2.title.en: longer than 200 characters',
    ]);
    const tour = userTour();
    expect(problems(checkUserTour({ ...tour, id: 'default' }, TEST_ATLAS))[0]).toMatch(
      /^id: "default" is not a user tour id/,
    );
    expect(problems(checkUserTour({ ...tour, slides: Array(101).fill(tour.slides[0]) }, TEST_ATLAS))).toEqual(
      ['slides: more than 100 slides'],
    );
    expect(problems(checkUserTour('tour', TEST_ATLAS))).toEqual(['the tour must be an object']);
  });

  test('facts in a file are validated like the built-in ones (no typed numbers, known figures)', () => {
    const fact = defaultTour.slides[0]!.facts[0]!;
    expect(withSlide({ facts: [fact] }).ok).toBe(true);
    const typed = { ...fact, text: { en: 'About 99 zones', zh: '约 99 个' }, figures: {} };
    expect(problems(withSlide({ facts: [typed] }))).toContain(
      'user-abc-123 › s-2 › facts.0.en: number "99" typed in the text',
    );
    const badRef = { text: { en: '{x}', zh: '{x}' }, figures: { x: { place: 'shanghai', fact: 'nope' } } };
    expect(problems(withSlide({ facts: [badRef] })).join()).toMatch(/facts\.0\.figures\.x/);
  });
});
