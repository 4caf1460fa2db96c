// The place panel: everything the atlas knows about one place, every figure with unit, as-of date and
// source. PlacePanelView is props-in / callbacks-out; PlacePanel wires it to the store.
import { useEffect, useRef } from 'react';
import type { AtlasPlace } from '../data/load-data';
import { useAtlas } from '../data/atlas-context';
import { SCENARIOS } from '../data/constants';
import type { LayerId, ZoneFeature } from '../data/schema';
import { placeSourceIds } from '../data/export';
import { FigureCard } from '../components/figure-card';
import { NoteMarker } from '../components/note-marker';
import { Citation, DataTextView, SourceRef } from '../components/source-ref';
import { dataString, dataText, ISO_DATE, names } from '../data/zh-texts';
import { fill, type Lang } from '../i18n';
import type { Messages } from '../i18n/en';
import { designatingBody } from '../i18n/designating-bodies';
import { formatDate, formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import { useOccluder } from '../layout/occluder';
import { useLayoutName } from '../layout/use-layout';
import { useAppStore } from '../store';
import { placeLayersAsOf } from '../store/timeline';
import { SNAPS, useBottomSheet } from './bottom-sheet';

function Designation({ zone, lang, m }: { zone: ZoneFeature; lang: Lang; m: Messages }) {
  const z = zone.properties;
  return (
    <li className="designation" data-zone-id={z.id}>
      <div className="designation-head">
        <span className="swatch" style={{ borderColor: `var(--c-${z.layer})` }} aria-hidden="true" />
        <span className="designation-kind">{m.layers.short[z.layer]}</span>
        {z.batch && <span className="badge">{fill(m.place.batch, { n: z.batch })}</span>}
        {z.confidence !== 'high' && (
          <span className={`badge confidence-${z.confidence}`}>{m.place.confidence[z.confidence]}</span>
        )}
      </div>
      <div className="designation-name">{z.name[lang]}</div>
      <dl className="designation-facts">
        <dt>{m.place.designated}</dt>
        <dd>
          {z.designated ? (
            z.designatedQualifier === 'by' ? (
              fill(m.place.designatedBy, { date: formatDate(z.designated, lang) })
            ) : (
              formatDate(z.designated, lang)
            )
          ) : (
            <span className="muted">{m.place.designatedUnknown}</span>
          )}
          {' · '}
          {designatingBody(z.designatedBy, lang)}
          <NoteMarker
            text={
              ISO_DATE.test(z.designatedNote)
                ? formatDate(z.designatedNote, lang)
                : dataString(z.designatedNote, lang, m.place.translatedMark)
            }
            label={m.place.noteLabel}
          />
        </dd>
        <dt>{m.place.locality}</dt>
        <dd>
          {z.locality[lang]}
          <span className="muted">
            {' · '}
            {z.geonamesId ? m.place.locatedGeonames : m.place.located[z.located]}
          </span>
          {/* The marker names the source ("… taken from [GeoNames]"). */}
          {z.geonamesId && (
            <>
              {' '}
              <SourceRef id="geonames" m={m} />
            </>
          )}
        </dd>
        {z.operator && (
          <>
            <dt>{m.place.operator}</dt>
            <dd>
              <DataTextView t={dataText(z.operator, lang)} m={m} />
            </dd>
          </>
        )}
        {z.notes && (
          <>
            <dt>{m.place.notes}</dt>
            <dd className="muted">
              <DataTextView t={dataText(z.notes, lang)} m={m} />
            </dd>
          </>
        )}
      </dl>
      <div className="designation-sources">
        {z.sources.map((s) => (
          <SourceRef key={s} id={s} m={m} />
        ))}
      </div>
    </li>
  );
}

/** Said when none of the place's layers is drawn, e.g. after ?layers=iov&place=shanghai or a search. */
function HiddenLayersNotice({
  layers,
  lang,
  m,
  onShow,
}: {
  layers: readonly LayerId[];
  lang: Lang;
  m: Messages;
  onShow: () => void;
}) {
  const one = layers.length === 1;
  return (
    <div className="panel-notice" role="status" data-testid="hidden-layers">
      <p>
        {fill(one ? m.place.layerHidden : m.place.layersHidden, {
          layers: formatList(
            layers.map((l) => m.layers[l]),
            lang,
          ),
        })}
      </p>
      <button type="button" className="button" onClick={onShow}>
        {one ? m.place.showLayer : m.place.showLayers}
      </button>
    </div>
  );
}

export function PlacePanelView({
  place,
  lang,
  m,
  onClose,
  hiddenLayers = [],
  onShowLayers,
  onCompare,
  notYet,
}: {
  place: AtlasPlace;
  lang: Lang;
  m: Messages;
  onClose: () => void;
  /** The place's layers, when every one of them is hidden (so the place is not drawn). */
  hiddenLayers?: readonly LayerId[];
  onShowLayers?: () => void;
  /** Start a comparison with this place. */
  onCompare?: () => void;
  /** The timeline's year, when the place had no designation by its end (so it is not drawn). */
  notYet?: { year: number; first: string; onShowAll: () => void };
}) {
  const atlas = useAtlas();
  const t3 = place.table3;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  // Focus moves to the panel's title (screen readers announce the place), and back to whatever
  // opened the panel when it closes.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), [place.id]);
  const panelRef = useRef<HTMLElement>(null);
  useOccluder('panel', panelRef);
  // On a phone the panel is a bottom sheet: peek, half or full height, dragged by its handle.
  const phone = useLayoutName() === 'phone';
  // The analysis drawer stays reachable: the sheet sits on top of it, not over it.
  const drawer = useAppStore((s) => (s.analysis ? (s.occluders.analysis?.size ?? 0) : 0));
  const sheet = useBottomSheet(panelRef, phone, drawer);
  return (
    <aside
      ref={panelRef}
      className="place-panel"
      data-testid="place-panel"
      data-place-id={place.id}
      data-sheet={phone ? sheet.snap : undefined}
      data-dragging={sheet.dragging || undefined}
      style={sheet.height !== undefined ? { height: sheet.height, bottom: drawer } : undefined}
      aria-labelledby="place-title"
    >
      {phone && (
        <div
          className="sheet-handle"
          role="slider"
          aria-orientation="vertical"
          aria-label={m.place.sheetHandle}
          aria-valuemin={1}
          aria-valuemax={SNAPS.length}
          aria-valuenow={SNAPS.indexOf(sheet.snap) + 1}
          aria-valuetext={m.place.sheet[sheet.snap]}
          tabIndex={0}
          data-testid="sheet-handle"
          {...sheet.handle}
        >
          <span aria-hidden="true" />
        </div>
      )}
      <header className="panel-header">
        <div>
          <h2 id="place-title" ref={titleRef} tabIndex={-1}>
            {place.name[lang]}{' '}
            <span className="alt-name" lang={other === 'zh' ? 'zh-Hans' : 'en'}>
              {place.name[other]}
            </span>
          </h2>
          <p className="panel-sub">
            <span className={`badge kind-${place.kind}`}>{m.place.kind[place.kind]}</span>{' '}
            {place.province[lang]}
          </p>
          {onCompare && (
            <button
              type="button"
              className="button compare-with"
              onClick={onCompare}
              title={m.compare.compareWithTitle}
              data-testid="compare-with"
            >
              {m.compare.compareWith}
            </button>
          )}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={m.app.close}
          title={`${m.app.close} (Esc)`}
        >
          ×
        </button>
      </header>
      <div className="panel-body">
        {hiddenLayers.length > 0 && onShowLayers && (
          <HiddenLayersNotice
            layers={hiddenLayers}
            lang={lang}
            m={m}
            onShow={() => {
              onShowLayers();
              // The button goes away with the notice: keep focus in the panel.
              titleRef.current?.focus({ preventScroll: true });
            }}
          />
        )}
        {notYet && (
          <div className="panel-notice" role="status" data-testid="not-yet">
            <p>{fill(m.timeline.notYet, { year: notYet.year, first: formatDate(notYet.first, lang) })}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                notYet.onShowAll();
                titleRef.current?.focus({ preventScroll: true });
              }}
            >
              {m.timeline.showAllYears}
            </button>
          </div>
        )}
        {place.kind === 'province' && <p className="caveat">{m.place.provinceNote}</p>}

        <section aria-labelledby="sec-table3" data-testid="table3">
          <h3 id="sec-table3">{m.place.table3}</h3>
          {t3 ? (
            <div className="figure-grid">
              <FigureCard
                id="openedTestRoads"
                label={m.place.openedTestRoads}
                figure={t3.openedTestRoads}
                lang={lang}
                m={m}
              />
              <FigureCard
                id="testedMileage"
                label={m.place.testedMileage}
                figure={t3.testedMileage}
                lang={lang}
                m={m}
                place={place}
              />
              <FigureCard id="licences" label={m.place.licences} figure={t3.licences} lang={lang} m={m} />
              <div className="figure-card" data-figure="testSubjects" data-testid="figure-testSubjects">
                <div className="figure-label">{m.place.testSubjects}</div>
                <div className="figure-text" data-testid="figure-value">
                  {names(t3.testSubjects, lang, m.place.translatedMark)}
                </div>
                <div className="figure-meta">
                  <span className="as-of">
                    {fill(m.place.asOf, { date: formatDate(t3.licences.asOf, lang) })}
                  </span>
                  <SourceRef id={t3.licences.source} m={m} />
                </div>
              </div>
            </div>
          ) : (
            <p className="not-reported">{m.place.table3Absent}</p>
          )}
        </section>

        <section aria-labelledby="sec-scenarios" data-testid="scenarios">
          <h3 id="sec-scenarios">{m.place.scenarios}</h3>
          {place.scenarios ? (
            <>
              <ul className="chips" aria-label={m.place.scenarios}>
                {SCENARIOS.filter((s) => place.scenarios!.codes.includes(s)).map((s) => (
                  <li key={s} className="chip" data-scenario={s}>
                    {m.scenarios[s]}
                  </li>
                ))}
              </ul>
              <div className="figure-meta">
                <span className="as-of">
                  {fill(m.place.asOf, { date: formatDate(place.scenarios.asOf, lang) })}
                </span>
                <SourceRef id={place.scenarios.source} m={m} />
              </div>
            </>
          ) : (
            <p className="not-reported">{m.place.scenariosAbsent}</p>
          )}
        </section>

        <section aria-labelledby="sec-designations">
          <h3 id="sec-designations">{m.place.designations}</h3>
          {place.layers.includes('national-test-zone') && <p className="caveat">{m.layers.reconstructed}</p>}
          <ul className="designations">
            {place.zones.map((z) => (
              <Designation key={z.properties.id} zone={z} lang={lang} m={m} />
            ))}
          </ul>
        </section>

        {place.facts.length > 0 && (
          <section aria-labelledby="sec-facts">
            <h3 id="sec-facts">{m.place.facts}</h3>
            <div className="figure-grid">
              {place.facts.map((f) => (
                <FigureCard
                  key={f.id}
                  id={f.id}
                  label={f.label[lang]}
                  figure={f}
                  lang={lang}
                  m={m}
                  place={place}
                />
              ))}
            </div>
          </section>
        )}

        {place.milestones.length > 0 && (
          <section aria-labelledby="sec-milestones">
            <h3 id="sec-milestones">{m.place.milestones}</h3>
            <ol className="milestones">
              {place.milestones.map((ms, i) => (
                <li key={i}>
                  <span className="milestone-date">
                    {ms.date ? formatDate(ms.date, lang) : m.place.undated}
                  </span>{' '}
                  {ms.text[lang]} <SourceRef id={ms.source} m={m} />
                </li>
              ))}
            </ol>
          </section>
        )}

        <section aria-labelledby="sec-sources">
          <h3 id="sec-sources">{m.place.sources}</h3>
          <ol className="source-list">
            {placeSourceIds(place).map((id) => {
              const s = atlas.sources.get(id);
              return s ? (
                <li key={id} id={`source-${id}`}>
                  <Citation source={s} m={m} />
                </li>
              ) : null;
            })}
          </ol>
        </section>
      </div>
    </aside>
  );
}

export function PlacePanel() {
  const atlas = useAtlas();
  const id = useAppStore((s) => s.selectedPlaceId);
  const selectPlace = useAppStore((s) => s.selectPlace);
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const addToCompare = useAppStore((s) => s.addToCompare);
  const year = useAppStore((s) => s.year);
  const setYear = useAppStore((s) => s.setYear);
  const lang = useLang();
  const m = useMessages();
  const place = id ? atlas.placeById.get(id) : undefined;
  useEffect(() => {
    if (!place) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return; // e.g. an open citation closed itself
      // Esc in the search box clears it, and in a dialog closes the dialog: neither closes the panel.
      if (e.target instanceof HTMLInputElement) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      // While a tour plays, Esc pauses it (tour-player.tsx) and the slide's place stays.
      const st = useAppStore.getState();
      if (st.tour && !st.paused) return;
      selectPlace(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [place, selectPlace]);
  if (!place) return null;
  const drawn = place.layers.some((l) => visibleLayers.includes(l));
  const asOf = placeLayersAsOf(place, year);
  const first = place.zones
    .map((z) => z.properties.designated)
    .filter((d): d is string => d !== null)
    .sort()[0];
  return (
    <PlacePanelView
      place={place}
      lang={lang}
      m={m}
      onClose={() => selectPlace(null)}
      hiddenLayers={drawn ? [] : place.layers}
      onShowLayers={() => place.layers.forEach((l) => toggleLayer(l))}
      onCompare={() => addToCompare(place.id)}
      notYet={
        year !== null && asOf.length === 0 && first
          ? { year, first, onShowAll: () => setYear(null) }
          : undefined
      }
    />
  );
}
