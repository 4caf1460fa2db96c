// How to cite the paper the atlas rests on, in plain text and BibTeX, built from its record in
// geo/sources.json (nothing typed here).
import type { Source } from '../data/schema';

/** "Xieshu Wang" → "Wang, Xieshu" (the last word is the family name, as the record writes names). */
const bibName = (name: string) => {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop()!;
  return parts.length ? `${family}, ${parts.join(' ')}` : family;
};
const authors = (s: Source) => (s.author ? s.author.split(/\s*,\s*|\s+and\s+/).filter(Boolean) : []);
const year = (s: Source) => s.date.slice(0, 4);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function plainCitation(s: Source): string {
  const names = authors(s);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return [who && `${who} (${year(s)}).`, `${s.title}.`, s.publisher && `${s.publisher}.`, s.url]
    .filter(Boolean)
    .join(' ');
}

/** BibTeX braces the values; a brace or backslash in them would break the entry, so they are escaped. */
const bib = (v: string) => v.replace(/[\\{}]/g, (c) => `\\${c}`);

export function bibtexCitation(s: Source): string {
  const month = /^\d{4}-(\d{2})/.exec(s.date)?.[1];
  const fields: [string, string | undefined][] = [
    ['author', authors(s).map(bibName).join(' and ') || undefined],
    ['title', s.title],
    ['howpublished', s.publisher],
    ['year', year(s)],
    ['month', month ? MONTHS[Number(month) - 1] : undefined],
    ['url', s.url ?? undefined],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${bib(v)}}`))
    .join(',\n');
  return `@misc{${s.id},\n${body}\n}\n`;
}
