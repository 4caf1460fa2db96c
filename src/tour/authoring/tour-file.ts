// A tour as a file (export / import) and as data from outside the atlas (a shared link, the browser's
// storage). Anything read from outside is checked twice: its shape here (types, sizes, closed sets),
// then against the atlas with the same validator as the built-in tours (validate.ts: places, layers,
// scenarios, years, figure paths). A problem is refused with a message naming it, never half-applied.
import type { Atlas } from '../../data/load-data';
import { isUserTourId } from '../tours';
import type { Bilingual, Fact, Slide, SlideCamera, Tour } from '../types';
import { validateTour } from '../validate';

export const TOUR_FILE_FORMAT = 'icv-atlas-tour';
export const TOUR_FILE_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_TOUR_FILE_CHARS = 200_000;
export const MAX_SLIDES = 100;
export const MAX_TITLE_CHARS = 200;
export const MAX_NOTES_CHARS = 4000;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: string[] };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Shape checks collect problems under a path ("slides.2.title.en: …"). */
class Checker {
  problems: string[] = [];
  bad(at: string, msg: string) {
    if (this.problems.length < 20) this.problems.push(`${at}: ${msg}`);
  }
  text(x: unknown, at: string, max: number): string | undefined {
    if (typeof x !== 'string') return void this.bad(at, 'must be text');
    if (x.length > max) return void this.bad(at, `longer than ${max} characters`);
    return x;
  }
  bilingual(x: unknown, at: string, max: number): Bilingual | undefined {
    if (!isObject(x)) return void this.bad(at, 'must be an object with "en" and "zh"');
    const en = this.text(x.en, `${at}.en`, max);
    const zh = this.text(x.zh, `${at}.zh`, max);
    return en !== undefined && zh !== undefined ? { en, zh } : undefined;
  }
  strings(x: unknown, at: string): string[] | undefined {
    if (!Array.isArray(x) || x.some((v) => typeof v !== 'string') || x.length > 20)
      return void this.bad(at, 'must be a list of names');
    return x as string[];
  }
  camera(x: unknown, at: string): SlideCamera | undefined {
    if (!isObject(x)) return void this.bad(at, 'must be an object');
    if (x.kind === 'china' || x.kind === 'place') return { kind: x.kind };
    if (x.kind !== 'view') return void this.bad(`${at}.kind`, 'must be "china", "place" or "view"');
    const v = x.view;
    const num = (n: unknown, lo: number, hi: number) =>
      typeof n === 'number' && Number.isFinite(n) && n >= lo && n <= hi;
    if (!isObject(v) || !num(v.lon, -180, 180) || !num(v.lat, -85, 85) || !num(v.zoom, 0, 22))
      return void this.bad(`${at}.view`, 'needs lon (-180…180), lat (-85…85) and zoom (0…22)');
    return { kind: 'view', view: { lon: v.lon as number, lat: v.lat as number, zoom: v.zoom as number } };
  }
  facts(x: unknown, at: string): Fact[] | undefined {
    if (!Array.isArray(x)) return void this.bad(at, 'must be a list');
    const facts: Fact[] = [];
    x.forEach((f: unknown, i) => {
      if (!isObject(f) || !isObject(f.figures) || Object.values(f.figures).some((r) => !isObject(r)))
        return this.bad(`${at}.${i}`, 'must have "text" and "figures"');
      const text = this.bilingual(f.text, `${at}.${i}.text`, MAX_TITLE_CHARS * 2);
      if (text) facts.push({ text, figures: f.figures as Fact['figures'] });
    });
    return facts;
  }
  slide(x: unknown, i: number): Slide | undefined {
    const at = `slides.${i + 1}`;
    if (!isObject(x)) return void this.bad(at, 'must be an object');
    const before = this.problems.length;
    const id = this.text(x.id, `${at}.id`, 64);
    const title = this.bilingual(x.title, `${at}.title`, MAX_TITLE_CHARS);
    const notes = x.notes === undefined ? undefined : this.bilingual(x.notes, `${at}.notes`, MAX_NOTES_CHARS);
    if (x.place !== null && typeof x.place !== 'string')
      this.bad(`${at}.place`, 'must be a place id or null');
    const camera = this.camera(x.camera, `${at}.camera`);
    const layers = this.strings(x.layers, `${at}.layers`);
    const scenarios = this.strings(x.scenarios, `${at}.scenarios`);
    const facts = this.facts(x.facts ?? [], `${at}.facts`);
    if (typeof x.metric !== 'string') this.bad(`${at}.metric`, 'must be a name');
    if (x.match !== 'any' && x.match !== 'all') this.bad(`${at}.match`, 'must be "any" or "all"');
    if (x.year !== undefined && !Number.isInteger(x.year)) this.bad(`${at}.year`, 'must be a whole year');
    if (x.lang !== undefined && typeof x.lang !== 'string') this.bad(`${at}.lang`, 'must be "en" or "zh"');
    if (this.problems.length > before || !id || !title || !camera || !layers || !scenarios || !facts)
      return undefined;
    return {
      id,
      title,
      ...(notes ? { notes } : {}),
      facts,
      place: x.place as string | null,
      camera,
      layers: layers as Slide['layers'],
      metric: x.metric as Slide['metric'],
      scenarios: scenarios as Slide['scenarios'],
      match: x.match as Slide['match'],
      ...(x.year !== undefined ? { year: x.year as number } : {}),
      ...(x.lang !== undefined ? { lang: x.lang as Slide['lang'] } : {}),
    };
  }
}

/** A user tour from any value (a parsed file, storage, a link): its shape, then the atlas. */
export function checkUserTour(value: unknown, atlas: Atlas): TourResult {
  const c = new Checker();
  if (!isObject(value)) return { ok: false, problems: ['the tour must be an object'] };
  const id = c.text(value.id, 'id', 64);
  if (id !== undefined && (!ID_PATTERN.test(id) || !isUserTourId(id)))
    c.bad('id', `"${id.slice(0, 40)}" is not a user tour id ("user-…", lowercase letters, digits, -)`);
  const title = c.bilingual(value.title, 'title', MAX_TITLE_CHARS);
  const slides: Slide[] = [];
  if (!Array.isArray(value.slides)) c.bad('slides', 'must be a list');
  else if (value.slides.length > MAX_SLIDES) c.bad('slides', `more than ${MAX_SLIDES} slides`);
  else
    value.slides.forEach((s: unknown, i) => {
      const slide = c.slide(s, i);
      if (slide) slides.push(slide);
    });
  if (c.problems.length || !id || !title) return { ok: false, problems: c.problems };
  const tour: Tour = { id, title, slides };
  if (!title.en.trim() || !title.zh.trim()) return { ok: false, problems: ['title: is empty'] };
  let problems: string[];
  try {
    problems = validateTour(tour, atlas, { authored: true });
  } catch {
    // A figure reference of an unexpected shape.
    problems = [`${id}: a fact's figure reference is malformed`];
  }
  return problems.length ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, tour };
}

/** The file's text: the tour in a small envelope that names the format and its version. */
export function tourFileText(tour: Tour): string {
  return `${JSON.stringify({ format: TOUR_FILE_FORMAT, version: TOUR_FILE_VERSION, tour }, null, 2)}\n`;
}

/** A tour file's text → the tour, or the problems that refuse it. */
export function parseTourFile(text: string, atlas: Atlas): TourResult {
  if (text.length > MAX_TOUR_FILE_CHARS)
    return { ok: false, problems: [`the file is larger than ${MAX_TOUR_FILE_CHARS / 1000} kB`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the file is not valid JSON'] };
  }
  if (!isObject(data) || data.format !== TOUR_FILE_FORMAT)
    return { ok: false, problems: [`the file is not an ICV Atlas tour (format "${TOUR_FILE_FORMAT}")`] };
  if (data.version !== TOUR_FILE_VERSION)
    return {
      ok: false,
      problems: [`version ${String(data.version)} is not supported (${TOUR_FILE_VERSION})`],
    };
  const r = checkUserTour(data.tour, atlas);
  // A tour kept in the browser may be empty while it is written; one to open must have a slide.
  return r.ok && r.tour.slides.length === 0 ? { ok: false, problems: ['the tour has no slides'] } : r;
}

/** A file name for the tour: its title in ASCII (or its id). */
export function tourFileName(tour: Tour): string {
  const slug = tour.title.en
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `icv-atlas-tour_${slug || tour.id}.json`;
}
