// Pure resolvers from a slide's figure paths to the atlas's data, and from there to the text shown.
// A figure keeps its published form, unit, as-of date and source; a count is computed from the
// designations in geo/ (never typed in a slide) and cites the sources of what it counted.
import { SCENARIOS, type Scenario } from '../data/constants';
import type { Atlas } from '../data/load-data';
import type { Figure } from '../data/schema';
import type { Messages } from '../i18n/en';
import { formatDate, formatFigure, formatFigureValue, formatList, formatNumber } from '../i18n/format';
import type { Lang } from '../i18n';
import type { Fact, FigureRef } from './types';

export type Resolved =
  | { kind: 'figure'; figure: Figure & { year?: number }; valueOnly?: boolean }
  | { kind: 'count'; value: number; sources: string[]; asOf?: string }
  | { kind: 'date'; iso: string; sources: string[] }
  | { kind: 'ranked'; items: { scenario: Scenario; count: number }[]; sources: string[]; asOf?: string };

const unique = (xs: string[]) => [...new Set(xs)];

/** Table 4 column totals: how many places list each scenario (places without a row are not counted). */
export function scenarioTotals(atlas: Atlas): { scenario: Scenario; count: number }[] {
  return SCENARIOS.map((scenario) => ({
    scenario,
    count: atlas.places.filter((p) => p.scenarios?.codes.includes(scenario)).length,
  }));
}

function table4Sources(atlas: Atlas) {
  const rows = atlas.places.flatMap((p) => (p.scenarios ? [p.scenarios] : []));
  return { sources: unique(rows.map((r) => r.source)), asOf: rows[0]?.asOf };
}

function designations(atlas: Atlas, layer: keyof Atlas['layers'], batch?: 1 | 2) {
  return atlas.layers[layer].filter((z) => batch === undefined || z.properties.batch === batch);
}

/** The first source of each designation counted (its primary source), once each. */
const primarySources = (zones: Atlas['zones']) => unique(zones.map((z) => z.properties.sources[0]!));

/** The data a figure path points at, or an error message naming what is missing. */
export function resolveRef(ref: FigureRef, atlas: Atlas): Resolved | string {
  if ('national' in ref) {
    const t = atlas.national.totals.find((x) => x.id === ref.national);
    return t
      ? { kind: 'figure', figure: t, valueOnly: ref.valueOnly }
      : `unknown national total "${ref.national}"`;
  }
  if ('sev' in ref) {
    const f = atlas.national.sevPenetration.find((x) => x.year === ref.sev);
    return f ? { kind: 'figure', figure: f } : `no SEV penetration figure for ${ref.sev}`;
  }
  if ('place' in ref) {
    const p = atlas.placeById.get(ref.place);
    if (!p) return `unknown place "${ref.place}"`;
    if ('fact' in ref) {
      const f = p.facts.find((x) => x.id === ref.fact);
      return f ? { kind: 'figure', figure: f } : `place "${ref.place}" has no fact "${ref.fact}"`;
    }
    const f = p.table3?.[ref.table3];
    return f ? { kind: 'figure', figure: f } : `place "${ref.place}" has no Table 3 "${ref.table3}"`;
  }
  if ('count' in ref) {
    if (!(ref.count in atlas.layers)) return `unknown layer "${ref.count}"`;
    const zones = designations(atlas, ref.count, ref.batch).filter((z) => {
      const d = z.properties.designated;
      if (ref.from === undefined && ref.to === undefined) return true;
      if (!d) return false;
      return (
        (!ref.from || d.slice(0, ref.from.length) >= ref.from) &&
        (!ref.to || d.slice(0, ref.to.length) <= ref.to)
      );
    });
    if (zones.length === 0) return `no designation of "${ref.count}" matches`;
    return { kind: 'count', value: zones.length, sources: primarySources(zones) };
  }
  if ('date' in ref) {
    if (!(ref.layer in atlas.layers)) return `unknown layer "${ref.layer}"`;
    const dated = designations(atlas, ref.layer, ref.batch)
      .filter((z) => z.properties.designated)
      .sort((a, b) => a.properties.designated!.localeCompare(b.properties.designated!));
    const z = ref.date === 'first' ? dated[0] : dated[dated.length - 1];
    if (!z) return `no dated designation of "${ref.layer}"`;
    const same = dated.filter((x) => x.properties.designated === z.properties.designated);
    return { kind: 'date', iso: z.properties.designated!, sources: primarySources(same) };
  }
  if ('scenario' in ref) {
    const { sources, asOf } = table4Sources(atlas);
    if (ref.scenario === 'any')
      return { kind: 'count', value: atlas.places.filter((p) => p.scenarios).length, sources, asOf };
    if (!SCENARIOS.includes(ref.scenario)) return `unknown scenario "${String(ref.scenario)}"`;
    const count = scenarioTotals(atlas).find((x) => x.scenario === ref.scenario)!.count;
    return { kind: 'count', value: count, sources, asOf };
  }
  const totals = scenarioTotals(atlas).filter((x) => x.count > 0);
  if (totals.length === 0) return 'Table 4 has no scenario data';
  const best =
    ref.scenarioRank === 'most'
      ? Math.max(...totals.map((x) => x.count))
      : Math.min(...totals.map((x) => x.count));
  const { sources, asOf } = table4Sources(atlas);
  return { kind: 'ranked', items: totals.filter((x) => x.count === best), sources, asOf };
}

/** A resolved figure as text in the reader's language. */
export function formatResolved(r: Resolved, lang: Lang, m: Messages): string {
  switch (r.kind) {
    case 'figure': {
      if (r.valueOnly) {
        const q = r.figure.qualifier ? m.qualifier[r.figure.qualifier] : '';
        return `${q}${q && lang === 'en' ? ' ' : ''}${formatFigureValue(r.figure, lang)}`;
      }
      const text = formatFigure(r.figure, lang, m);
      // A yearly series (Figure 2) names its year (and a part-year period) from the data.
      if (r.figure.year === undefined) return text;
      const period = r.figure.period === 'jan-oct' ? m.tour.janOct : '';
      return m.tour.inYear
        .replace('{figure}', text)
        .replace('{year}', String(r.figure.year))
        .replace('{period}', period);
    }
    case 'count':
      return formatNumber(r.value, lang);
    case 'date':
      return formatDate(r.iso, lang);
    case 'ranked':
      return formatList(
        r.items.map((x) =>
          m.tour.ranked
            .replace('{scenario}', m.scenarios[x.scenario])
            .replace('{count}', formatNumber(x.count, lang)),
        ),
        lang,
      );
  }
}

export interface FactView {
  text: string;
  sources: string[];
  /** As-of dates of the figures (ISO), once each. */
  asOf: string[];
  unitNotes: NonNullable<Figure['unitNote']>[];
}

/** A fact's text with every placeholder filled, and what the figures cite. Throws on a bad path
 * (validate.ts reports those first, with the slide's name). */
export function resolveFact(fact: Fact, atlas: Atlas, lang: Lang, m: Messages): FactView {
  const sources: string[] = [];
  const asOf: string[] = [];
  const unitNotes: NonNullable<Figure['unitNote']>[] = [];
  const text = fact.text[lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const ref = fact.figures[name];
    if (!ref) throw new Error(`placeholder {${name}} has no figure`);
    const r = resolveRef(ref, atlas);
    if (typeof r === 'string') throw new Error(r);
    if (r.kind === 'figure') {
      sources.push(r.figure.source);
      // A yearly figure already names its year in the text.
      if (r.figure.year === undefined) asOf.push(r.figure.asOf);
      if (r.figure.unitNote) unitNotes.push(r.figure.unitNote);
    } else {
      sources.push(...r.sources);
      if (r.kind !== 'date' && r.asOf) asOf.push(r.asOf);
    }
    return formatResolved(r, lang, m);
  });
  return {
    text,
    sources: unique(sources),
    asOf: unique(asOf),
    unitNotes: unique(unitNotes) as FactView['unitNotes'],
  };
}
