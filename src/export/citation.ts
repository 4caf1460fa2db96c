// The citation of a view as plain text: the view and its link, the paper, and every source the view's
// figures and designations rest on. Pure.
import type { Atlas } from '../data/load-data';
import { fill } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatDate } from '../i18n/format';
import type { ViewLink } from './view-link';
import { isoDay, viewTitle, type ExportState } from './view-model';
import { plainCitation, viewSources } from './view-sources';

export function citationText(atlas: Atlas, st: ExportState, link: ViewLink, m: Messages, date: Date): string {
  const { title, details } = viewTitle(atlas, st, m);
  const vs = viewSources(atlas, st);
  const sep = st.lang === 'zh' ? '、' : ', ';
  const paper = [...atlas.sources.values()].find((s) => s.kind === 'paper');
  const lines = [
    `${m.export.citeAtlas}:`,
    `${m.app.title}: ${title} (${details.join('; ')}). ${link.kind === 'url' ? link.url : link.text}`,
    fill(m.export.exported, { date: isoDay(date) }),
    '',
  ];
  if (paper) lines.push(`${m.export.citePaper}:`, plainCitation(paper, atlas, m), '');
  lines.push(`${m.export.citeSources}:`);
  for (const { source, asOf } of vs.figures)
    lines.push(
      `- ${plainCitation(source, atlas, m)} [${fill(m.export.asOf, { dates: asOf.map((d) => formatDate(d, st.lang)).join(sep) })}]`,
    );
  const figureIds = new Set(vs.figures.map((f) => f.source.id));
  for (const s of vs.designations) if (!figureIds.has(s.id)) lines.push(`- ${plainCitation(s, atlas, m)}`);
  lines.push('', m.map.schematic);
  return lines.join('\n') + '\n';
}
