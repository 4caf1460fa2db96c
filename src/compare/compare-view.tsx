// The comparison view: two or three places side by side. Figures are aligned row by row with unit,
// as-of date and source in every cell; a row says when a unit is doubtful or a definition differs;
// the scenarios are a small matrix ("not reported" apart from "no"); designations carry their dates.
// Loaded on first use (app.tsx); the rows come from the pure compare-rows.ts.
import { useEffect, useMemo, useRef, useState } from 'react';
import { LAYER_IDS } from '../data/constants';
import { useAtlas } from '../data/atlas-context';
import type { AtlasPlace } from '../data/load-data';
import type { Figure, LabelledFigure, ZoneFeature } from '../data/schema';
import { FigureCaveat } from '../components/figure-value';
import { SourceRef } from '../components/source-ref';
import { names } from '../data/zh-texts';
import { fill, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatDate, formatFigure, formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useOccluder } from '../layout/occluder';
import { buildSearchIndex, searchIndex } from '../search/search';
import { useAppStore } from '../store';
import { MAX_COMPARE } from '../store/view-slices';
import {
  comparisonRows,
  designationsByDate,
  scenarioMatrix,
  type CompareRow,
  type ScenarioCell,
} from './compare-rows';

function AsOfSource({ asOf, source, lang, m }: { asOf: string; source: string; lang: Lang; m: Messages }) {
  return (
    <span className="figure-meta">
      <span className="as-of">{fill(m.place.asOf, { date: formatDate(asOf, lang) })}</span>{' '}
      <SourceRef id={source} m={m} />
    </span>
  );
}

/** A comparison table's header: what the rows are, then one column per place. */
function PlacesHead({
  first,
  places,
  lang,
  ids = false,
}: {
  first: string;
  places: AtlasPlace[];
  lang: Lang;
  /** Mark the place columns with data-place-id (the figures table: the one tests and tools read). */
  ids?: boolean;
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {places.map((p) => (
          <th key={p.id} scope="col" data-place-id={ids ? p.id : undefined}>
            {p.name[lang]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function FigureCell({
  figure,
  place,
  lang,
  m,
}: {
  figure: Figure | LabelledFigure | null;
  place: AtlasPlace;
  lang: Lang;
  m: Messages;
}) {
  if (!figure) return <span className="not-reported">{m.place.notReported}</span>;
  return (
    <>
      {'label' in figure && <span className="compare-fact-label">{figure.label[lang]}</span>}
      <span
        className="compare-value"
        data-testid="compare-value"
        title={fill(m.place.asPrinted, { value: figure.published })}
      >
        {formatFigure(figure, lang, m)}
      </span>
      <AsOfSource asOf={figure.asOf} source={figure.source} lang={lang} m={m} />
      {/* A doubtful unit is never read as certain: the likely reading and its reasoning, visible. */}
      {figure.unitNote && <FigureCaveat figure={figure} place={place} lang={lang} m={m} />}
    </>
  );
}

const ROW_LABEL = (row: CompareRow, m: Messages): string =>
  row.kind === 'subjects' ? m.place.testSubjects : m.place[row.key];

function rowNotes(row: CompareRow, m: Messages): string[] {
  if (row.kind === 'subjects') return [];
  const notes = row.unitNotes.map((k) => `${m.compare.unitDoubtful} ${m.unitNote[k]}`);
  if (row.kind === 'section3') return [m.compare.section3, ...notes];
  if (row.mixedUnits) notes.push(m.compare.mixedUnits);
  if (row.mixedAsOf) notes.push(m.compare.mixedAsOf);
  return notes;
}

function Row({ row, places, lang, m }: { row: CompareRow; places: AtlasPlace[]; lang: Lang; m: Messages }) {
  const notes = rowNotes(row, m);
  const id = row.kind === 'subjects' ? 'testSubjects' : row.kind === 'section3' ? `${row.key}-s3` : row.key;
  return (
    <>
      <tr data-row={id} className={row.kind === 'section3' ? 'compare-s3' : undefined}>
        <th scope="row">
          {row.kind === 'section3' ? (
            <>
              <span className="muted">↳ {m.compare.section3Short}</span>
              <span className="badge definition-differs">{m.compare.definitionDiffers}</span>
            </>
          ) : (
            ROW_LABEL(row, m)
          )}
        </th>
        {row.cells.map((cell, i) => (
          <td key={places[i]!.id} data-place-id={places[i]!.id}>
            {row.kind === 'subjects' ? (
              cell && 'names' in cell ? (
                <>
                  <span className="compare-value">{names(cell.names, lang, m.place.translatedMark)}</span>
                  <AsOfSource asOf={cell.asOf} source={cell.source} lang={lang} m={m} />
                </>
              ) : (
                <span className="not-reported">{m.place.notReported}</span>
              )
            ) : (
              <FigureCell
                figure={cell as Figure | LabelledFigure | null}
                place={places[i]!}
                lang={lang}
                m={m}
              />
            )}
          </td>
        ))}
      </tr>
      {notes.length > 0 && (
        <tr className="compare-note-row" data-note-for={id}>
          <td colSpan={places.length + 1}>
            {notes.map((n) => (
              <p key={n} className="caveat compare-note">
                {n}
              </p>
            ))}
          </td>
        </tr>
      )}
    </>
  );
}

const SCENARIO_MARK: Record<ScenarioCell, string> = { yes: '●', no: '○', 'not-reported': '' };

function ScenarioMatrix({ places, lang, m }: { places: AtlasPlace[]; lang: Lang; m: Messages }) {
  const rows = scenarioMatrix(places);
  const label = (c: ScenarioCell) =>
    c === 'yes' ? m.compare.yes : c === 'no' ? m.compare.no : m.compare.scenarioNotReported;
  return (
    <table className="compare-table compare-matrix" data-testid="compare-scenarios">
      <caption>{m.compare.matrixCaption}</caption>
      <PlacesHead first={m.place.scenarios} places={places} lang={lang} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.scenario} data-scenario={r.scenario}>
            <th scope="row">{m.scenarios[r.scenario]}</th>
            {r.cells.map((c, i) => (
              <td key={places[i]!.id} className={`scenario-cell scenario-${c}`} data-cell={c}>
                <span aria-hidden="true">{SCENARIO_MARK[c]} </span>
                <span className={c === 'yes' ? undefined : c === 'no' ? 'muted' : 'not-reported'}>
                  {label(c)}
                </span>
              </td>
            ))}
          </tr>
        ))}
        <tr className="compare-sources-row">
          <th scope="row">{m.compare.sourcesRow}</th>
          {places.map((p) => (
            <td key={p.id}>
              {p.scenarios ? (
                <AsOfSource asOf={p.scenarios.asOf} source={p.scenarios.source} lang={lang} m={m} />
              ) : (
                <span className="not-reported">{m.place.notReported}</span>
              )}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function ZoneDate({ zone, lang, m }: { zone: ZoneFeature; lang: Lang; m: Messages }) {
  const z = zone.properties;
  if (!z.designated) return <span className="muted">{m.place.designatedUnknown}</span>;
  const date = formatDate(z.designated, lang);
  return <>{z.designatedQualifier === 'by' ? fill(m.place.designatedBy, { date }) : date}</>;
}

function Designations({ places, lang, m }: { places: AtlasPlace[]; lang: Lang; m: Messages }) {
  return (
    <table className="compare-table" data-testid="compare-designations">
      <caption>{m.compare.designations}</caption>
      <PlacesHead first={m.layers.title} places={places} lang={lang} />
      <tbody>
        {LAYER_IDS.map((l) => (
          <tr key={l} data-layer={l}>
            <th scope="row">
              <span className="swatch" style={{ borderColor: `var(--c-${l})` }} aria-hidden="true" />{' '}
              {m.layers.short[l]}
            </th>
            {places.map((p) => {
              const zones = designationsByDate(p).filter((z) => z.properties.layer === l);
              return (
                <td key={p.id}>
                  {zones.length === 0 ? (
                    <span className="muted">{m.compare.notDesignated}</span>
                  ) : (
                    <ul className="compare-zones">
                      {zones.map((z) => (
                        <li
                          key={z.properties.id}
                          title={z.properties.name[lang]}
                          data-zone-id={z.properties.id}
                        >
                          <strong>
                            <ZoneDate zone={z} lang={lang} m={m} />
                          </strong>{' '}
                          <span className="muted">{z.properties.locality[lang]}</span>{' '}
                          {z.properties.sources.slice(0, 1).map((s) => (
                            <SourceRef key={s} id={s} m={m} />
                          ))}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A small search to add a place (reuses the atlas search; compared places are left out). */
function PlacePicker({
  exclude,
  onPick,
  m,
  lang,
}: {
  exclude: string[];
  onPick: (id: string) => void;
  m: Messages;
  lang: Lang;
}) {
  const atlas = useAtlas();
  const index = useMemo(() => buildSearchIndex(atlas), [atlas]);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () =>
      searchIndex(index, q, 12)
        .filter((h) => !exclude.includes(h.placeId))
        .slice(0, 6),
    [index, q, exclude],
  );
  const pick = (id: string) => {
    onPick(id);
    setQ('');
    setActive(0);
  };
  return (
    <div className="compare-picker">
      <input
        type="search"
        value={q}
        placeholder={m.compare.addPlaceholder}
        aria-label={m.compare.addLabel}
        aria-controls="compare-picker-list"
        aria-activedescendant={hits[active] ? `compare-hit-${hits[active].placeId}` : undefined}
        data-testid="compare-add"
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) pick(hits[active].placeId);
          else if (e.key === 'Escape' && q) {
            e.preventDefault();
            setQ('');
          } else return;
          e.preventDefault();
        }}
      />
      {q && (
        <ul className="compare-hits" id="compare-picker-list" role="listbox" aria-label={m.compare.addLabel}>
          {hits.length === 0 && <li className="muted">{m.compare.noMatch}</li>}
          {hits.map((h, i) => {
            const p = atlas.placeById.get(h.placeId);
            return (
              <li
                key={h.placeId}
                id={`compare-hit-${h.placeId}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(h.placeId)}
              >
                {p?.name[lang] ?? h.label[lang]}{' '}
                <span className="alt-name">{p?.name[lang === 'en' ? 'zh' : 'en']}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function CompareView() {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const ids = useAppStore((s) => s.compare);
  const add = useAppStore((s) => s.addToCompare);
  const remove = useAppStore((s) => s.removeFromCompare);
  const clear = useAppStore((s) => s.clearCompare);
  const places = useMemo(
    () => ids.map((id) => atlas.placeById.get(id)).filter((p): p is AtlasPlace => !!p),
    [ids, atlas],
  );
  const rows = useMemo(() => comparisonRows(places), [places]);
  const ref = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useOccluder('compare', ref);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    titleRef.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof HTMLInputElement) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clear]);
  if (places.length === 0) return null;
  const names = formatList(
    places.map((p) => p.name[lang]),
    lang,
  );
  return (
    <aside
      ref={ref}
      className="compare-view"
      data-testid="compare-view"
      aria-labelledby="compare-title"
      data-places={ids.join(',')}
    >
      <header className="panel-header">
        <div>
          <h2 id="compare-title" ref={titleRef} tabIndex={-1}>
            {m.compare.title}
          </h2>
          <p className="panel-sub" aria-live="polite">
            {fill(m.compare.summary, { places: names })}
          </p>
        </div>
        <div className="compare-actions">
          <button type="button" className="link-button" onClick={clear}>
            {m.compare.clear}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={clear}
            aria-label={m.compare.close}
            title={`${m.compare.close} (Esc)`}
          >
            ×
          </button>
        </div>
      </header>
      <div className="panel-body compare-body">
        <ul className="compare-chips" aria-label={m.compare.title}>
          {places.map((p) => (
            <li key={p.id} className="chip" data-place-id={p.id}>
              {p.name[lang]}
              <button
                type="button"
                className="chip-remove"
                onClick={() => remove(p.id)}
                aria-label={fill(m.compare.remove, { place: p.name[lang] })}
                title={fill(m.compare.remove, { place: p.name[lang] })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {places.length < MAX_COMPARE ? (
          <>
            {places.length < 2 && <p className="muted small">{m.compare.pickMore}</p>}
            <PlacePicker exclude={ids} onPick={add} m={m} lang={lang} />
          </>
        ) : (
          <p className="muted small">{m.compare.full}</p>
        )}
        <div className="compare-scroll">
          <table className="compare-table compare-figures" data-testid="compare-figures">
            <caption>{m.compare.table3Head}</caption>
            <PlacesHead first={m.compare.figure} places={places} lang={lang} ids />
            <tbody>
              {rows.map((r, i) => (
                <Row key={i} row={r} places={places} lang={lang} m={m} />
              ))}
            </tbody>
          </table>
        </div>
        <div className="compare-scroll">
          <ScenarioMatrix places={places} lang={lang} m={m} />
        </div>
        <div className="compare-scroll">
          <Designations places={places} lang={lang} m={m} />
        </div>
      </div>
    </aside>
  );
}
