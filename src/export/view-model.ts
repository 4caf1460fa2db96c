// What an export shows, derived from the atlas and the store state only (pure): the places listed,
// the title of the view and the file names.
import { LAYER_IDS, SCENARIOS } from '../data/constants';
import type { Atlas, AtlasPlace } from '../data/load-data';
import type { LayerId, Scenario } from '../data/schema';
import { fill, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import type { Metric } from '../store/metrics';
import { matchingPlaces, visiblePlaces } from '../store/selectors';
import type { AppState, Match } from '../store/slices';

/** The part of the store an export reads. */
export interface ExportState {
  selectedPlaceId: string | null;
  scenarios: readonly Scenario[];
  match: Match;
  showNoScenarioData: boolean;
  visibleLayers: readonly LayerId[];
  metric: Metric;
  lang: Lang;
  /** The timeline's year (designations by its end), or null for all. */
  year: number | null;
}

export const exportStateOf = (s: AppState): ExportState => ({
  selectedPlaceId: s.selectedPlaceId,
  scenarios: s.scenarios,
  match: s.match,
  showNoScenarioData: s.showNoScenarioData,
  visibleLayers: s.visibleLayers,
  metric: s.metric,
  lang: s.lang,
  year: s.year,
});

/** The places the list shows: in a visible layer and kept by the scenario filter (the CSV's rows). */
export function listedPlaces(atlas: Atlas, st: ExportState): AtlasPlace[] {
  return matchingPlaces(visiblePlaces(atlas, st.visibleLayers, st.year), st);
}

export interface ViewTitle {
  title: string;
  /** Filter, layers and counts, one entry per fact. */
  details: string[];
}

export function viewTitle(atlas: Atlas, st: ExportState, m: Messages): ViewTitle {
  const place = st.selectedPlaceId ? atlas.placeById.get(st.selectedPlaceId) : undefined;
  const other: Lang = st.lang === 'en' ? 'zh' : 'en';
  const title = place ? `${place.name[st.lang]} · ${place.name[other]}` : m.app.subtitle;
  const details: string[] = [];
  if (st.year !== null) details.push(fill(m.timeline.byEndOf, { year: String(st.year) }));
  const sep = st.lang === 'zh' ? '、' : ', ';
  if (st.scenarios.length) {
    const list = SCENARIOS.filter((s) => st.scenarios.includes(s))
      .map((s) => m.scenarios[s])
      .join(sep);
    details.push(fill(st.match === 'all' ? m.export.scenariosAll : m.export.scenariosAny, { list }));
  }
  if (st.visibleLayers.length === 0) details.push(m.export.noLayers);
  else if (st.visibleLayers.length < LAYER_IDS.length)
    details.push(
      fill(m.export.layers, {
        list: LAYER_IDS.filter((l) => st.visibleLayers.includes(l))
          .map((l) => m.layers.short[l])
          .join(sep),
      }),
    );
  const visible = visiblePlaces(atlas, st.visibleLayers, st.year).length;
  const listed = listedPlaces(atlas, st).length;
  details.push(
    fill(st.scenarios.length ? m.results.countFiltered : m.results.count, { count: listed, total: visible }),
  );
  return { title, details };
}

/** Local calendar date as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** File name after the view: icv-atlas_shanghai_mines-ports_2026-11-26.png (empty parts left out;
 * `variant` tells two files of one view apart: _3840x2160, _citation). */
export function exportFileName(st: ExportState, ext: string, date: Date, variant = ''): string {
  const scenarios = SCENARIOS.filter((s) => st.scenarios.includes(s)).join('-');
  const year = st.year === null ? '' : String(st.year);
  const parts = ['icv-atlas', st.selectedPlaceId ?? '', scenarios, year, isoDay(date), variant].filter(
    Boolean,
  );
  return `${parts.join('_')}.${ext}`;
}
