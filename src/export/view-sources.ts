// Which sources the figures and designations of a view rest on, with their as-of dates: the slide's
// source line and the citation text. Pure; every date comes from the data, none is added here.
import type { Atlas, AtlasPlace } from '../data/load-data';
import type { Source } from '../data/schema';
import { dataString, ISO_DATE, shortLabel, sourceTitle } from '../data/zh-texts';
import { fill, langOf, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatDate } from '../i18n/format';
import { listedPlaces, type ExportState } from './view-model';

export interface FigureSources {
  source: Source;
  /** Distinct as-of dates (ISO date, month or year) of the figures shown from it, ascending. */
  asOf: string[];
}

export interface ViewSources {
  figures: FigureSources[];
  designations: Source[];
  /** The latest designation date among the designations shown, or null if none is dated. */
  latestDesignation: string | null;
}

type Dated = { source: string; asOf: string };

/** The figures a view shows: the size metric of every listed place, their Table 4 rows when the
 * scenario filter is on, and every figure of the selected place (its panel). */
function shownFigures(places: readonly AtlasPlace[], selected: AtlasPlace | undefined, st: ExportState) {
  const out: Dated[] = [];
  for (const p of places) {
    const t3 = p.table3;
    if (st.metric === 'licences' && t3) out.push(t3.licences);
    if (st.metric === 'openedTestRoads' && t3) out.push(t3.openedTestRoads);
    if (st.metric === 'testedMileage' && t3?.testedMileage) out.push(t3.testedMileage);
    if ((st.metric === 'scenarioCount' || st.scenarios.length > 0) && p.scenarios) out.push(p.scenarios);
  }
  if (selected) {
    const t3 = selected.table3;
    if (t3) out.push(t3.openedTestRoads, t3.licences, ...(t3.testedMileage ? [t3.testedMileage] : []));
    if (selected.scenarios) out.push(selected.scenarios);
    out.push(...selected.facts);
  }
  return out;
}

export function viewSources(atlas: Atlas, st: ExportState): ViewSources {
  const places = listedPlaces(atlas, st);
  const selected = st.selectedPlaceId ? atlas.placeById.get(st.selectedPlaceId) : undefined;
  const byId = new Map<string, Set<string>>();
  for (const f of shownFigures(places, selected, st)) {
    if (!byId.has(f.source)) byId.set(f.source, new Set());
    byId.get(f.source)!.add(f.asOf);
  }
  const figures = [...byId].flatMap(([id, dates]) => {
    const source = atlas.sources.get(id);
    return source ? [{ source, asOf: [...dates].sort() }] : [];
  });
  const zones = [...places, ...(selected && !places.includes(selected) ? [selected] : [])].flatMap((p) =>
    p.zones.filter((z) => st.visibleLayers.includes(z.properties.layer) || p === selected),
  );
  const designationIds = [...new Set(zones.flatMap((z) => z.properties.sources))];
  const dates = zones.map((z) => z.properties.designated).filter((d): d is string => !!d);
  return {
    figures,
    designations: designationIds.flatMap((id) => atlas.sources.get(id) ?? []),
    latestDesignation: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
  };
}

/** A source's short name; in 中文 its Chinese label (src/data/zh-texts.ts). */
export const shortName = (s: Source, lang: Lang = 'en') =>
  lang === 'zh' ? shortLabel(s, 'zh') : (s.short ?? s.title);

/** One line for a slide: each figure source with its as-of dates, the designations' sources, the basemap. */
export function sourceLine(atlas: Atlas, vs: ViewSources, st: ExportState, m: Messages): string {
  const sep = st.lang === 'zh' ? '、' : ', ';
  const parts = vs.figures.map(({ source, asOf }) => {
    const paper = source.citedIn ? atlas.sources.get(source.citedIn) : undefined;
    const name = paper
      ? fill(m.export.citedIn, { source: shortName(source, st.lang), paper: shortName(paper, st.lang) })
      : shortName(source, st.lang);
    return fill(m.export.figureSource, {
      source: name,
      dates: asOf.map((d) => formatDate(d, st.lang)).join(sep),
    });
  });
  if (vs.designations.length)
    parts.push(
      vs.latestDesignation
        ? fill(m.export.designations, {
            count: vs.designations.length,
            date: formatDate(vs.latestDesignation, st.lang),
          })
        : fill(m.export.designationsUndated, { count: vs.designations.length }),
    );
  parts.push(m.map.schematic);
  return `${m.export.sources}${st.lang === 'zh' ? ':' : ': '}${parts.join(' · ')}`;
}

/** A source as one line of plain text (the same fields, in the same order, as the panel's citation). */
export function plainCitation(s: Source, atlas: Atlas, m: Messages): string {
  const paper = s.citedIn ? atlas.sources.get(s.citedIn) : undefined;
  const lang = langOf(m);
  const mark = m.place.translatedMark;
  const title = sourceTitle(s, lang);
  const date = ISO_DATE.test(s.date) ? s.date : dataString(s.date, lang, '');
  return [
    s.kind === 'official-document' ? `${m.place.officialDocument}: ` : '',
    s.author ? `${dataString(s.author, lang, '')}. ` : '',
    title.main.text,
    title.main.translated ? mark : '',
    title.original ? ` ${title.original}` : '',
    s.number ? ` ${s.number}` : '',
    s.publisher ? `. ${dataString(s.publisher, lang, '')}` : '',
    `. ${date}${date.endsWith('.') ? '' : '.'}`,
    s.url ? ` ${s.kind === 'web-copy' ? `${m.place.retrievedCopy}: ` : ''}${s.url}` : '',
    paper ? ` (${m.place.citedIn} ${shortName(paper, lang)})` : '',
    s.note ? ` ${dataString(s.note, lang, mark)}` : '',
  ].join('');
}
