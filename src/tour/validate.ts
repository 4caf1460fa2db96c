// Checks a tour against the atlas: every slide's place, layers, scenarios and figure paths must
// exist, every placeholder be bound (in EN and 中文) and every cited source be in sources.json.
// Problems read "tour › slide id › field: message", so a bad slide fails a unit test clearly.
import { LAYER_IDS, SCENARIOS } from '../data/constants';
import type { Atlas } from '../data/load-data';
import { METRICS } from '../store/metrics';
import { LANGS } from '../i18n';
import { isTimelineYear } from '../store/timeline';
import { resolveRef } from './resolve';
import type { Tour } from './types';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

export interface ValidateOptions {
  /** Tours a user authored may have no slides yet, and slides without facts (built-in ones need 1-3). */
  authored?: boolean;
}

export function validateTour(tour: Tour, atlas: Atlas, options: ValidateOptions = {}): string[] {
  const minFacts = options.authored ? 0 : 1;
  const problems: string[] = [];
  // A user's tour may be empty while it is being written (a file or link must not: tour-file.ts).
  if (tour.slides.length === 0 && !options.authored) problems.push(`${tour.id}: has no slides`);
  const ids = new Set<string>();
  tour.slides.forEach((slide, i) => {
    const at = `${tour.id} › ${slide.id || `slide ${i + 1}`}`;
    const bad = (msg: string) => problems.push(`${at} › ${msg}`);
    if (ids.has(slide.id)) bad('duplicate slide id');
    ids.add(slide.id);
    if (!slide.title.en.trim() || !slide.title.zh.trim()) bad('title: needs EN and 中文');
    if (slide.notes && (!slide.notes.en.trim() || !slide.notes.zh.trim())) bad('notes: need EN and 中文');
    if (slide.place !== null && !atlas.placeById.has(slide.place))
      bad(`place: unknown place "${slide.place}"`);
    if (slide.camera.kind === 'place' && slide.place === null) bad('camera: "place" needs a selected place');
    for (const l of slide.layers) if (!LAYER_IDS.includes(l)) bad(`layers: unknown layer "${l}"`);
    for (const s of slide.scenarios) if (!SCENARIOS.includes(s)) bad(`scenarios: unknown scenario "${s}"`);
    if (!METRICS.includes(slide.metric)) bad(`metric: unknown metric "${slide.metric}"`);
    if (slide.year !== undefined && !isTimelineYear(slide.year))
      bad(`year: ${slide.year} is outside the timeline`);
    if (slide.lang !== undefined && !LANGS.includes(slide.lang))
      bad(`lang: unknown language "${slide.lang}"`);
    if (slide.facts.length < minFacts || slide.facts.length > 3)
      bad(`facts: ${slide.facts.length} (${minFacts}-3 expected)`);
    slide.facts.forEach((fact, j) => {
      const where = `facts.${j}`;
      for (const lang of ['en', 'zh'] as const) {
        const text = fact.text[lang];
        if (!text.trim()) bad(`${where}: no ${lang} text`);
        // A number typed in the text would not follow the data: only years and table numbers may be.
        const typed = text.replace(/\{\w+\}/g, '').match(/\d[\d,.]*/g) ?? [];
        for (const t of typed)
          if (!/^(19|20)\d\d$/.test(t) && !/^[34]$/.test(t))
            bad(`${where}.${lang}: number "${t}" typed in the text`);
        for (const name of placeholders(text))
          if (!fact.figures[name]) bad(`${where}.${lang}: placeholder {${name}} has no figure`);
      }
      for (const [name, ref] of Object.entries(fact.figures)) {
        if (!placeholders(fact.text.en).includes(name) || !placeholders(fact.text.zh).includes(name))
          bad(`${where}: figure "${name}" is not shown in both languages`);
        const r = resolveRef(ref, atlas);
        if (typeof r === 'string') {
          bad(`${where}.figures.${name}: ${r}`);
          continue;
        }
        const sources = r.kind === 'figure' ? [r.figure.source] : r.sources;
        for (const s of sources)
          if (!atlas.sources.has(s)) bad(`${where}.figures.${name}: unknown source "${s}"`);
      }
    });
  });
  return problems;
}
