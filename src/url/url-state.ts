// The URL codec: a whitelist of parameters, parsed tolerantly (bad values are dropped and reported,
// never thrown) and serialised canonically (defaults omitted, fixed key and list order).
//   ?place=shanghai&scenarios=mines,ports&match=all&layers=test-zones,iov&metric=licences&lang=zh&view=121.47,31.23,6
import { LAYER_IDS, SCENARIOS } from '../data/constants';
import type { LayerId, Scenario } from '../data/schema';
import { LANGS, type Lang } from '../i18n';
import { METRICS, type Metric } from '../store/metrics';
import { initialDisplayState, initialFilterState, type Match, type View } from '../store/slices';

export interface UrlState {
  selectedPlaceId: string | null;
  scenarios: Scenario[];
  match: Match;
  visibleLayers: LayerId[];
  metric: Metric;
  lang: Lang;
  view: View | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  selectedPlaceId: null,
  scenarios: initialFilterState.scenarios,
  match: initialFilterState.match,
  visibleLayers: initialDisplayState.visibleLayers,
  metric: initialDisplayState.metric,
  lang: initialDisplayState.lang,
  view: null,
};

const LAYER_TOKENS: Record<LayerId, string> = {
  'national-test-zone': 'test-zones',
  'iov-pilot-zone': 'iov',
  'double-smart-city': 'double-smart',
  'vrc-pilot-city': 'vrc-2024',
};
const LAYER_BY_TOKEN = new Map(Object.entries(LAYER_TOKENS).map(([id, t]) => [t, id as LayerId]));

const VIEW_LIMITS = { lon: [-180, 180], lat: [-85, 85], zoom: [0, 22] } as const;
const MAX_PARAM_LENGTH = 500;

export interface ParsedUrl {
  state: UrlState;
  /** "key=value" items that were ignored, for a visible notice. */
  dropped: string[];
}

function parseList<T extends string>(
  raw: string,
  valid: (s: string) => T | undefined,
  dropped: string[],
  key: string,
): T[] {
  const out: T[] = [];
  for (const token of raw.split(',').map((t) => t.trim().toLowerCase())) {
    if (!token) continue;
    const v = valid(token);
    if (v === undefined) dropped.push(`${key}=${token}`);
    else if (!out.includes(v)) out.push(v);
  }
  return out;
}

function parseView(raw: string): View | null {
  const parts = raw.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  const inside = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
  if (!inside(lon, VIEW_LIMITS.lon) || !inside(lat, VIEW_LIMITS.lat) || !inside(zoom, VIEW_LIMITS.zoom))
    return null;
  return { lon, lat, zoom };
}

export function parseUrlState(search: string, placeIds: ReadonlySet<string>): ParsedUrl {
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const dropped: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, dropped: ['?'] };
  }
  const seen = new Set<string>();
  for (const [key, rawValue] of params) {
    if (seen.has(key)) {
      dropped.push(`${key}=${rawValue.slice(0, 40)} (repeated)`);
      continue;
    }
    seen.add(key);
    const value = rawValue.slice(0, MAX_PARAM_LENGTH).trim();
    const reject = () => dropped.push(`${key}=${value.slice(0, 40)}`);
    switch (key) {
      case 'place': {
        const id = value.toLowerCase();
        if (placeIds.has(id)) state.selectedPlaceId = id;
        else reject();
        break;
      }
      case 'scenarios':
        state.scenarios = parseList(value, (t) => SCENARIOS.find((s) => s === t), dropped, key);
        break;
      case 'layers': {
        const layers = parseList(value, (t) => LAYER_BY_TOKEN.get(t), dropped, key);
        // "layers=" means all off; a list of only unknown tokens keeps the default.
        if (layers.length || value === '') state.visibleLayers = LAYER_IDS.filter((l) => layers.includes(l));
        break;
      }
      case 'match':
        if (value === 'any' || value === 'all') state.match = value;
        else reject();
        break;
      case 'metric': {
        const m = METRICS.find((x) => x.toLowerCase() === value.toLowerCase());
        if (m) state.metric = m;
        else reject();
        break;
      }
      case 'lang': {
        const l = LANGS.find((x) => x === value.toLowerCase());
        if (l) state.lang = l;
        else reject();
        break;
      }
      case 'view': {
        const v = parseView(value);
        if (v) state.view = v;
        else reject();
        break;
      }
      default:
        // Unknown keys (tracking parameters and the like) are ignored silently.
        break;
    }
  }
  return { state, dropped };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function serializeUrlState(s: UrlState): string {
  const params: string[] = [];
  if (s.selectedPlaceId) params.push(`place=${encodeURIComponent(s.selectedPlaceId)}`);
  if (s.scenarios.length)
    params.push(`scenarios=${SCENARIOS.filter((x) => s.scenarios.includes(x)).join(',')}`);
  if (s.match !== DEFAULT_URL_STATE.match) params.push(`match=${s.match}`);
  if (s.visibleLayers.length !== LAYER_IDS.length)
    params.push(
      `layers=${LAYER_IDS.filter((l) => s.visibleLayers.includes(l))
        .map((l) => LAYER_TOKENS[l])
        .join(',')}`,
    );
  if (s.metric !== DEFAULT_URL_STATE.metric) params.push(`metric=${s.metric}`);
  if (s.lang !== DEFAULT_URL_STATE.lang) params.push(`lang=${s.lang}`);
  if (s.view) params.push(`view=${round(s.view.lon, 3)},${round(s.view.lat, 3)},${round(s.view.zoom, 2)}`);
  return params.length ? `?${params.join('&')}` : '';
}
