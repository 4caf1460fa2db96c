// The designation timeline's control on the map: a year slider (2015-2024) with step buttons, play /
// pause and "All years". The map, the legend counts and the places list follow the store's year; this
// control only sets it. Designations with an unknown date are named in a note here (shown every year).
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import { LAYER_IDS } from '../data/constants';
import { fill } from '../i18n';
import type { Messages } from '../i18n/en';
import { formatList } from '../i18n/format';
import { useLang, useMessages } from '../i18n/use-messages';
import type { Lang } from '../i18n';
import { useOccluder } from '../layout/occluder';
import { useAppStore } from '../store';
import { useVisiblePlaces } from '../store/use-visible-places';
import type { Atlas } from '../data/load-data';
import type { LayerId } from '../data/schema';
import { FIRST_YEAR, LAST_YEAR, layerCountsAsOf, undatedZones, YEARS } from '../store/timeline';

/** How long each year shows while playing. */
export const PLAY_STEP_MS = 1200;

/** The sentence a screen reader hears when the year changes ("2019: 15 of 17 test zones (+1 date unknown), …"). */
export function timelineSummary(
  atlas: Atlas,
  year: number | null,
  visibleLayers: readonly LayerId[],
  placeCount: number,
  m: Messages,
  lang: Lang,
): string {
  const places = fill(m.timeline.summaryPlaces, { count: placeCount });
  if (year === null) return fill(m.timeline.summaryToday, { places });
  const counts = layerCountsAsOf(atlas, year);
  const layers = LAYER_IDS.filter((l) => visibleLayers.includes(l)).map((l) => {
    const c = counts[l];
    const text = fill(m.timeline.summaryLayer, {
      count: c.dated,
      total: c.total,
      layer: m.timeline.plural[l],
    });
    return c.undated ? fill(m.timeline.summaryUndated, { text, undated: c.undated }) : text;
  });
  return fill(m.timeline.summaryYear, { year, layers: layers.join(lang === 'zh' ? '、' : ', '), places });
}

/** "Date unknown, shown in every year: Guangzhou test zone." (null when no visible layer has one). */
export function undatedNote(atlas: Atlas, visibleLayers: readonly LayerId[], m: Messages, lang: Lang) {
  const zones = undatedZones(atlas).filter((z) => visibleLayers.includes(z.properties.layer));
  if (zones.length === 0) return null;
  const items = zones.map((z) =>
    fill(m.timeline.undatedItem, {
      place: atlas.placeById.get(z.properties.place)?.name[lang] ?? z.properties.place,
      layer: m.layers.short[z.properties.layer].toLowerCase(),
    }),
  );
  return { text: fill(m.timeline.undatedNote, { zones: formatList(items, lang) }), zones };
}

export function YearControl() {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const year = useAppStore((s) => s.year);
  const setYear = useAppStore((s) => s.setYear);
  const stepYear = useAppStore((s) => s.stepYear);
  const visibleLayers = useAppStore((s) => s.visibleLayers);
  const places = useVisiblePlaces();
  const [playing, setPlaying] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useOccluder('timeline', ref, 'bottom');
  // Its height, for what must sit above it on phones (the South China Sea inset).
  useEffect(() => {
    const el = ref.current;
    const stage = el?.closest<HTMLElement>('[data-stage]');
    if (!el || !stage) return;
    const observer = new ResizeObserver(() =>
      stage.style.setProperty('--timeline-h', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      stage.style.removeProperty('--timeline-h');
    };
  }, []);

  // Playing: one year per step, stopping at the last year (or when the user picks a year).
  const isPlaying = playing && year !== null && year < LAST_YEAR;
  useEffect(() => {
    if (!isPlaying) return;
    const id = setInterval(() => {
      const y = useAppStore.getState().year;
      if (y === null || y >= LAST_YEAR - 1) setPlaying(false);
      if (y !== null && y < LAST_YEAR) useAppStore.getState().setYear(y + 1);
    }, PLAY_STEP_MS);
    return () => clearInterval(id);
  }, [isPlaying]);

  const play = () => {
    if (isPlaying) return setPlaying(false);
    if (year === null || year >= LAST_YEAR) setYear(FIRST_YEAR);
    setPlaying(true);
  };
  const note = undatedNote(atlas, visibleLayers, m, lang);
  const summary = timelineSummary(atlas, year, visibleLayers, places.length, m, lang);
  const shown = year ?? LAST_YEAR;
  return (
    <div
      ref={ref}
      className={`year-control${year === null ? ' all-years' : ''}`}
      data-testid="year-control"
      role="group"
      aria-label={m.timeline.title}
    >
      <div className="year-row">
        <div className="year-current" aria-hidden="true">
          {year === null ? (
            <span className="year-all">{m.timeline.today}</span>
          ) : (
            <>
              <span className="year-number" data-testid="year-current">
                {year}
              </span>
              <span className="year-by">{fill(m.timeline.byEndOf, { year })}</span>
            </>
          )}
        </div>
        <div className="year-buttons">
          <button
            type="button"
            className="icon-button"
            onClick={() => stepYear(-1)}
            disabled={year === FIRST_YEAR}
            aria-label={m.timeline.previous}
            title={m.timeline.previous}
          >
            ‹
          </button>
          <button
            type="button"
            className="icon-button play-button"
            onClick={play}
            aria-label={isPlaying ? m.timeline.pause : m.timeline.play}
            title={isPlaying ? m.timeline.pause : m.timeline.play}
            aria-pressed={isPlaying}
          >
            {isPlaying ? '❚❚' : '▶'}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => stepYear(1)}
            disabled={year === LAST_YEAR}
            aria-label={m.timeline.next}
            title={m.timeline.next}
          >
            ›
          </button>
          <button
            type="button"
            className="button all-years-button"
            onClick={() => {
              setPlaying(false);
              setYear(null);
            }}
            aria-pressed={year === null}
            title={m.timeline.allYearsTitle}
          >
            {m.timeline.allYears}
          </button>
        </div>
      </div>
      <div className="year-slider">
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={shown}
          aria-label={m.timeline.sliderLabel}
          aria-valuetext={year === null ? m.timeline.today : String(year)}
          onChange={(e) => {
            setPlaying(false);
            setYear(Number(e.target.value));
          }}
          list="timeline-years"
          data-testid="year-slider"
        />
        <datalist id="timeline-years">
          {YEARS.map((y) => (
            <option key={y} value={y} />
          ))}
        </datalist>
        <ol className="year-ticks" aria-hidden="true">
          {YEARS.map((y) => (
            <li key={y} className={y === year ? 'current' : undefined}>
              {y % 5 === 0 || y === year ? y : `’${String(y).slice(2)}`}
            </li>
          ))}
        </ol>
      </div>
      {note && year !== null && (
        <p className="year-undated" data-testid="year-undated">
          <span className="undated-mark" aria-hidden="true">
            ?
          </span>{' '}
          {note.text}
        </p>
      )}
      <p className="sr-only" aria-live="polite" data-testid="year-summary">
        {summary}
      </p>
    </div>
  );
}
