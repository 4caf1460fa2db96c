// The as-of dates and unit notes of a slide's fact, shared by the caption and the presenter view.
import { formatDate, formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import type { FactView } from './resolve';

export function FactAsOf({ dates, className }: { dates: FactView['asOf']; className: string }) {
  const m = useMessages();
  const lang = useLang();
  if (dates.length === 0) return null;
  const list = formatList(
    dates.map((d) => formatDate(d, lang)),
    lang,
  );
  return <span className={className}>{m.tour.asOf.replace('{dates}', list)}</span>;
}

export function FactUnitNotes({ notes, className }: { notes: FactView['unitNotes']; className: string }) {
  const m = useMessages();
  return notes.map((u) => (
    <span key={u} className={className}>
      {m.unitNote[u]}
    </span>
  ));
}
