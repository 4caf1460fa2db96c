// Every string a reader sees (data notes, source titles, rendered citations, the place panel, UI
// messages) reads as prose: no compiler shorthand, reference ids, doubled words or doubled stops.
import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Citation } from '../../components/source-ref';
import { MESSAGES } from '../../i18n';
import { PlacePanelView } from '../../panels/place-panel';
import { TEST_ATLAS } from '../../testing/atlas';
import { renderWithAtlas } from '../../testing/render';
import { AtlasContext } from '../atlas-context';

const ARTEFACTS: [string, RegExp][] = [
  ['a reference id in parentheses', /\(\s*[a-z]+_[a-z0-9_]+\s*\)/],
  ['a reference id', /\b[a-z]+_[a-z0-9]+\b/],
  ['the compiler’s source "hairay"', /hairay/i],
  ['"general knowledge"', /general knowledge/i],
  ['the compiler', /\bcompiler/i],
  ['"reference note"', /reference note/i],
  ['"per reference"', /per reference/i],
  ['a field name', /\bdateConfidence\b/],
  ['"see notes" (notes the reader cannot see)', /\bsee notes\b/i],
  ['a word doubled without a space (GeoNamesGeoNames)', /\b([A-Z][A-Za-z]{2,})\1\b/],
  ['a word doubled with a space', /\b([A-Za-z]{2,})\s+\1\b/i],
  ['"n.d." followed by another stop', /n\.d\.\./],
  ['doubled full stops', /\.\./],
  ['empty parentheses', /\(\s*\)|（\s*）/],
  ['doubled punctuation', /[,;:]\s*[,;:.]/],
];

function artefacts(text: string): string[] {
  return ARTEFACTS.filter(([, re]) => re.test(text)).map(([what]) => what);
}

/** Fields that hold ids, codes or addresses rather than text for readers. */
const NOT_TEXT = new Set([
  'id',
  'url',
  'source',
  'sources',
  'citedIn',
  'copies',
  'alsoIn',
  'place',
  'layer',
  'pinyin',
  'kind',
  'unit',
  'unitNote',
  'asOfNote',
  'qualifier',
  'located',
  'confidence',
  'origin',
  'codes',
  'layers',
  'anchor',
  'zones',
]);

function readerStrings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => readerStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) readerStrings(v, `${path}.${k}`, out);
  return out;
}

const withArtefacts = (strings: [string, string][]) =>
  strings
    .map(([where, text]) => ({ where, text, artefacts: artefacts(text) }))
    .filter((s) => s.artefacts.length);

describe('text for readers', () => {
  test('the artefact check itself catches what a new user tripped over', () => {
    expect(artefacts('opened 2016-06 (hairay_10)')).not.toEqual([]);
    expect(artefacts('The 2015-06 approval month is from general knowledge.')).not.toEqual([]);
    expect(artefacts('given by GeoNamesGeoNames')).not.toEqual([]);
    expect(artefacts('Shanghai ICV report 2023. n.d..')).not.toEqual([]);
    expect(artefacts('Closed test field at Wangwenzhuang (~1,475 mu) built with CATARC.')).toEqual([]);
    expect(artefacts('Didi, SAIC, AutoX; 2020-09; 656.20')).toEqual([]);
  });

  test('no note, name, title or figure in the data carries compiler shorthand', () => {
    const { zones, places, sources, national } = TEST_ATLAS;
    const strings = [
      ...zones.flatMap((z) => readerStrings(z.properties, `zone ${z.properties.id}`, [])),
      ...places.flatMap((p) => readerStrings(p, `place ${p.id}`, [])),
      ...[...sources.values()].flatMap((s) => readerStrings(s, `source ${s.id}`, [])),
      ...readerStrings(national, 'national', []),
    ];
    expect(strings.length).toBeGreaterThan(500);
    expect(withArtefacts(strings)).toEqual([]);
  });

  test('every citation reads cleanly, in both languages', () => {
    const strings: [string, string][] = [];
    for (const lang of ['en', 'zh'] as const)
      for (const source of TEST_ATLAS.sources.values()) {
        const { container, unmount } = render(
          <AtlasContext.Provider value={TEST_ATLAS}>
            <Citation source={source} m={MESSAGES[lang]} />
          </AtlasContext.Provider>,
        );
        strings.push([
          `${lang} citation ${source.id}`,
          container.textContent!.replace(/https?:\/\/\S+/g, 'URL'),
        ]);
        unmount();
      }
    expect(withArtefacts(strings)).toEqual([]);
  }, 30_000);

  test('a citation prints an undated source as "n.d." once, and a publisher equal to the title once', () => {
    const m = MESSAGES.en;
    const text = (source: Parameters<typeof Citation>[0]['source']) => {
      const { container, unmount } = renderWithAtlas(<Citation source={source} m={m} />);
      const t = container.textContent!;
      unmount();
      return t;
    };
    const base = { id: 'x', kind: 'report', url: null, origin: 'atlas' } as const;
    expect(text({ ...base, title: 'City report', date: 'n.d.' })).toBe('City report. n.d.');
    expect(
      text({ ...base, title: 'GeoNames', publisher: 'GeoNames', author: 'GeoNames', date: '2024' }),
    ).toBe('GeoNames. 2024.');
    expect(text({ ...base, title: 'Operator Co.', date: '2024' })).toBe('Operator Co. 2024.');
  });

  // Renders every place's panel: slow under a loaded CI machine, hence the longer timeout.
  test.each(['en', 'zh'] as const)(
    'the place panel reads without doubled words or stops, for every place (%s)',
    (lang) => {
      const strings: [string, string][] = [];
      for (const place of TEST_ATLAS.places) {
        const { container, unmount } = renderWithAtlas(
          <PlacePanelView place={place} lang={lang} m={MESSAGES[lang]} onClose={() => {}} />,
        );
        // What a reader sees, one block of text per entry.
        const blocks = 'dd, p, .figure-meta, .designation-name, .milestones > li, .source-list > li';
        for (const el of container.querySelectorAll(blocks))
          strings.push([`${lang} panel ${place.id} <${el.tagName.toLowerCase()}>`, el.textContent!]);
        unmount();
      }
      expect(withArtefacts(strings.map(([w, t]) => [w, t.replace(/https?:\/\/\S+/g, 'URL')]))).toEqual([]);
    },
    30_000,
  );

  test('no UI message carries doubled words or stops', () => {
    const strings = (['en', 'zh'] as const).flatMap((lang) => readerStrings(MESSAGES[lang], lang, []));
    expect(withArtefacts(strings)).toEqual([]);
  });
});
