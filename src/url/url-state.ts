// The URL codec: a table of parameters, each a URL key bound to one store field with its parser,
// serialiser and default. Parsing is tolerant (bad values are dropped and reported, never thrown);
// serialising is canonical (defaults omitted, table order, fixed list order). Adding a parameter is
// one entry in PARAMS.
//   ?place=shanghai&scenarios=mines,ports&match=all&layers=test-zones,iov&metric=licences&lang=zh&theme=projector&view=121.47,31.23,6
import { LAYER_IDS, SCENARIOS } from '../data/constants';
import { THEMES } from '../design/encoding';
import type { LayerId } from '../data/schema';
import { LANGS } from '../i18n';
import { METRICS } from '../store/metrics';
import { initialTourState } from '../store/tour-slice';
import { MAX_TOURDATA_CHARS } from '../tour/authoring/share-link';
import { tourById } from '../tour/tours';
import {
  ANALYSIS_VIEWS,
  initialDisplayState,
  initialFilterState,
  initialSelectionState,
  type AppState,
  type View,
} from '../store/slices';
import { isTimelineYear } from '../store/timeline';
import { initialCompareState, initialTimelineState, MAX_COMPARE } from '../store/view-slices';

export interface ParseContext {
  placeIds: ReadonlySet<string>;
}

/** A parser's answer: the value (absent: keep the default) and the tokens it could not use. */
export interface Parsed<T> {
  value?: T;
  dropped?: string[];
}

export interface UrlParam<F extends keyof AppState = keyof AppState> {
  key: string;
  field: F;
  initial: AppState[F];
  parse: (raw: string, ctx: ParseContext) => Parsed<AppState[F]>;
  /** The URL value, or null to leave the key out (the default). */
  serialize: (value: AppState[F]) => string | null;
  /** A change of this field adds a history entry (Back returns to it); others replace the entry. */
  push?: boolean;
  /** The longest value read (default MAX_PARAM_LENGTH); longer values are dropped. */
  maxLength?: number;
}

/** Any entry of the table (each bound to its own field). */
export type AnyUrlParam = { [F in keyof AppState]: UrlParam<F> }[keyof AppState];

/** Ties a parameter's parse and serialise to its field's type. */
export const param = <F extends keyof AppState>(p: UrlParam<F>): UrlParam<F> => p;

// --- parsers shared by the entries -----------------------------------------------------------------

/** One of a closed set of words (case-insensitive). */
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): Parsed<T> => {
    const v = values.find((x) => x.toLowerCase() === raw.toLowerCase());
    return v ? { value: v } : { dropped: [raw] };
  };

/** A comma-separated list: known tokens kept once each, unknown ones reported. */
function listOf<T>(raw: string, lookup: (token: string) => T | undefined): { items: T[]; dropped: string[] } {
  const items: T[] = [];
  const dropped: string[] = [];
  for (const token of raw.split(',').map((t) => t.trim().toLowerCase())) {
    if (!token) continue;
    const v = lookup(token);
    if (v === undefined) dropped.push(token);
    else if (!items.includes(v)) items.push(v);
  }
  return { items, dropped };
}

const LAYER_TOKENS: Record<LayerId, string> = {
  'national-test-zone': 'test-zones',
  'iov-pilot-zone': 'iov',
  'double-smart-city': 'double-smart',
  'vrc-pilot-city': 'vrc-2024',
};
const LAYER_BY_TOKEN = new Map(Object.entries(LAYER_TOKENS).map(([id, t]) => [t, id as LayerId]));

const VIEW_LIMITS = { lon: [-180, 180], lat: [-85, 85], zoom: [0, 22] } as const;

function parseView(raw: string): View | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
  if (!inside(lon, VIEW_LIMITS.lon) || !inside(lat, VIEW_LIMITS.lat) || !inside(zoom, VIEW_LIMITS.zoom))
    return null;
  return { lon, lat, zoom };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const same = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// --- the table -------------------------------------------------------------------------------------

export const PARAMS = [
  param({
    key: 'place',
    field: 'selectedPlaceId',
    initial: initialSelectionState.selectedPlaceId,
    parse: (raw, { placeIds }) =>
      placeIds.has(raw.toLowerCase()) ? { value: raw.toLowerCase() } : { dropped: [raw] },
    serialize: (id) => (id ? encodeURIComponent(id) : null),
    push: true,
  }),
  param({
    key: 'scenarios',
    field: 'scenarios',
    initial: initialFilterState.scenarios,
    parse: (raw) => {
      const { items, dropped } = listOf(raw, (t) => SCENARIOS.find((s) => s === t));
      return { value: items, dropped };
    },
    serialize: (v) => (v.length ? SCENARIOS.filter((x) => v.includes(x)).join(',') : null),
  }),
  param({
    key: 'match',
    field: 'match',
    initial: initialFilterState.match,
    parse: oneOf(['any', 'all'] as const),
    serialize: (v) => (v === initialFilterState.match ? null : v),
  }),
  param({
    key: 'layers',
    field: 'visibleLayers',
    initial: initialDisplayState.visibleLayers,
    parse: (raw) => {
      const { items, dropped } = listOf(raw, (t) => LAYER_BY_TOKEN.get(t));
      // "layers=" means all off; a list of only unknown tokens keeps the default.
      return items.length || raw === ''
        ? { value: LAYER_IDS.filter((l) => items.includes(l)), dropped }
        : { dropped };
    },
    serialize: (v) =>
      same(v, LAYER_IDS)
        ? null
        : LAYER_IDS.filter((l) => v.includes(l))
            .map((l) => LAYER_TOKENS[l])
            .join(','),
  }),
  param({
    key: 'metric',
    field: 'metric',
    initial: initialDisplayState.metric,
    parse: oneOf(METRICS),
    serialize: (v) => (v === initialDisplayState.metric ? null : v),
  }),
  param({
    key: 'lang',
    field: 'lang',
    initial: initialDisplayState.lang,
    parse: oneOf(LANGS),
    serialize: (v) => (v === initialDisplayState.lang ? null : v),
  }),
  param({
    key: 'year',
    field: 'year',
    initial: initialTimelineState.year,
    parse: (raw) =>
      /^\d{4}$/.test(raw) && isTimelineYear(Number(raw)) ? { value: Number(raw) } : { dropped: [raw] },
    serialize: (v) => (v === null ? null : String(v)),
  }),
  param({
    key: 'compare',
    field: 'compare',
    initial: initialCompareState.compare,
    parse: (raw, { placeIds }) => {
      const { items, dropped } = listOf(raw, (t) => (placeIds.has(t) ? t : undefined));
      // More than MAX_COMPARE places: the first ones are kept, the rest reported.
      return { value: items.slice(0, MAX_COMPARE), dropped: [...dropped, ...items.slice(MAX_COMPARE)] };
    },
    serialize: (v) => (v.length ? v.map(encodeURIComponent).join(',') : null),
  }),
  param({
    key: 'theme',
    field: 'theme',
    initial: initialDisplayState.theme,
    parse: oneOf(THEMES),
    serialize: (v) => (v === initialDisplayState.theme ? null : v),
  }),
  param({
    key: 'view',
    field: 'view',
    initial: initialDisplayState.view,
    parse: (raw) => {
      const v = parseView(raw);
      return v ? { value: v } : { dropped: [raw] };
    },
    serialize: (v) => (v ? `${round(v.lon, 3)},${round(v.lat, 3)},${round(v.zoom, 2)}` : null),
  }),
  param({
    key: 'analysis',
    field: 'analysis',
    initial: initialDisplayState.analysis,
    parse: oneOf(ANALYSIS_VIEWS),
    serialize: (v) => v,
  }),
  param({
    key: 'tour',
    field: 'tour',
    initial: initialTourState.tour,
    // A built-in tour, or one the user authored in this browser (src/tour/authoring).
    parse: (raw) =>
      tourById(raw.toLowerCase())?.slides.length ? { value: raw.toLowerCase() } : { dropped: [raw] },
    serialize: (v) => v,
    // Starting or leaving a tour is a step Back can undo.
    push: true,
  }),
  param({
    key: 'slide',
    field: 'slide',
    initial: initialTourState.slide,
    // 1-based; clamped to the tour's slides when applied (the tour is another parameter).
    parse: (raw) => (/^\d{1,3}$/.test(raw) && Number(raw) >= 1 ? { value: Number(raw) } : { dropped: [raw] }),
    serialize: (v) => (v > 0 ? String(v) : null),
  }),
  param({
    key: 'tourdata',
    field: 'tourData',
    initial: null,
    // A tour shared as a link: read, checked and played by src/tour/authoring/tour-link.tsx.
    parse: (raw) => (/^[jz]\.[A-Za-z0-9_-]+$/.test(raw) ? { value: raw } : { dropped: [raw] }),
    serialize: (v) => v,
    maxLength: MAX_TOURDATA_CHARS,
  }),
] as const satisfies readonly AnyUrlParam[];

// --- the codec -------------------------------------------------------------------------------------

export type UrlField = (typeof PARAMS)[number]['field'];
export type UrlState = Pick<AppState, UrlField>;

const MAX_PARAM_LENGTH = 500;
const NOTICE_LENGTH = 40;
/** Marks a key given twice in a dropped item; the notice shows it in the UI language. */
export const REPEATED = ' (repeated)';

export interface ParsedUrl<S> {
  state: S;
  /** "key=value" items that were ignored, for a visible notice. */
  dropped: string[];
}

export interface UrlCodec<S> {
  defaults: S;
  parse: (search: string, ctx: ParseContext) => ParsedUrl<S>;
  serialize: (state: S) => string;
  /** The URL-bound fields of a whole store state. */
  pick: (s: AppState) => S;
  /** Whether going from `prev` to `next` adds a history entry. */
  pushes: (prev: S, next: S) => boolean;
}

export function makeCodec<S>(params: readonly AnyUrlParam[]): UrlCodec<S> {
  // Internally each entry is used through its own field; the table's types keep them matched.
  const table = params as unknown as readonly UrlParam[];
  const byKey = new Map(table.map((p) => [p.key, p]));
  const defaults = Object.fromEntries(table.map((p) => [p.field, p.initial])) as S;
  const get = (s: S, f: keyof AppState) => (s as Record<string, unknown>)[f] as AppState[keyof AppState];
  return {
    defaults,
    parse(search, ctx) {
      const state = { ...defaults } as Record<string, unknown>;
      const dropped: string[] = [];
      let params: URLSearchParams;
      try {
        params = new URLSearchParams(search);
      } catch {
        return { state: state as S, dropped: ['?'] };
      }
      const seen = new Set<string>();
      for (const [key, rawValue] of params) {
        const p = byKey.get(key);
        // Unknown keys (tracking parameters and the like) are ignored silently.
        if (!p) continue;
        if (seen.has(key)) {
          dropped.push(`${key}=${rawValue.slice(0, NOTICE_LENGTH)}${REPEATED}`);
          continue;
        }
        seen.add(key);
        const raw = rawValue.slice(0, p.maxLength ?? MAX_PARAM_LENGTH).trim();
        const result = p.parse(raw, ctx);
        if (result.value !== undefined) state[p.field] = result.value;
        for (const d of result.dropped ?? []) dropped.push(`${key}=${d.slice(0, NOTICE_LENGTH)}`);
      }
      return { state: state as S, dropped };
    },
    serialize(state) {
      const parts: string[] = [];
      for (const p of table) {
        const v = p.serialize(get(state, p.field));
        if (v !== null) parts.push(`${p.key}=${v}`);
      }
      return parts.length ? `?${parts.join('&')}` : '';
    },
    pick: (s) => Object.fromEntries(table.map((p) => [p.field, s[p.field]])) as S,
    pushes: (prev, next) => table.some((p) => p.push && get(prev, p.field) !== get(next, p.field)),
  };
}

export const URL_CODEC = makeCodec<UrlState>(PARAMS);
export const DEFAULT_URL_STATE = URL_CODEC.defaults;
export const parseUrlState = (search: string, placeIds: ReadonlySet<string>) =>
  URL_CODEC.parse(search, { placeIds });
export const serializeUrlState = URL_CODEC.serialize;
