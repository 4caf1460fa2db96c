// One figure as the atlas shows every number: value, unit, qualifier, as-of date, source marker and,
// where the unit looks wrong, a visible caveat. A missing figure reads "not reported", never 0.
import type { AtlasPlace } from '../data/load-data';
import type { Figure } from '../data/schema';
import { formatDate, formatFigure } from '../i18n/format';
import { fill } from '../i18n';
import type { Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import { FigureCaveat } from './figure-value';
import { NoteMarker } from './note-marker';
import { SourceRef } from './source-ref';

interface Props {
  id: string;
  label: string;
  figure: Figure | null;
  lang: Lang;
  m: Messages;
  /** The place the figure belongs to: a doubtful unit's caveat cites its own evidence where it has some. */
  place?: AtlasPlace;
}

export function FigureCard({ id, label, figure, lang, m, place }: Props) {
  return (
    <div className="figure-card" data-figure={id} data-testid={`figure-${id}`}>
      <div className="figure-label">{label}</div>
      {figure ? (
        <>
          <div className="figure-value">
            <span
              className="figure-number"
              data-testid="figure-value"
              title={fill(m.place.asPrinted, { value: figure.published })}
            >
              {formatFigure(figure, lang, m)}
            </span>
            {figure.unitNote && <NoteMarker text={m.unitNote[figure.unitNote]} label={m.place.noteLabel} />}
          </div>
          {/* A doubtful unit is never behind a click: the likely reading and its reason show at once. */}
          <FigureCaveat figure={figure} place={place} lang={lang} m={m} />
          <div className="figure-meta">
            <span className="as-of">{fill(m.place.asOf, { date: formatDate(figure.asOf, lang) })}</span>
            {figure.asOfNote && <span className="as-of-note"> ({m.asOfNote[figure.asOfNote]})</span>}
            <SourceRef id={figure.source} m={m} />
          </div>
          {figure.note && <div className="figure-note">{figure.note[lang]}</div>}
        </>
      ) : (
        <div className="figure-value not-reported">{m.place.notReported}</div>
      )}
    </div>
  );
}
