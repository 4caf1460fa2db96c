// Plays a tour: applies the slide in the store, listens for presenter keys, and shows the caption
// (title, facts with sources, progress, previous / next), the blank screen, and "Resume tour" while
// the presenter explores. The caption registers as an occluder, so the camera frames each slide's
// place in the part of the map it leaves free. Loaded on first use (app.tsx). The keys are
// use-tour-keys.ts; the presenter view (P, or the caption's button) is presenter/.
import { useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { SourceRef } from '../components/source-ref';
import { useAtlas } from '../data/atlas-context';
import { useLang, useMessages } from '../i18n/use-messages';
import { useOccluder } from '../layout/occluder';
import { useAppStore } from '../store';
import { FactAsOf, FactUnitNotes } from './fact-meta';
import { resolveFact } from './resolve';
import { usePresenter } from './presenter/use-presenter';
import { tourById } from './tours';
import { useTourKeys } from './use-tour-keys';

/** How far (px) a horizontal swipe on the caption must go to change slide. */
const SWIPE_PX = 50;

export function TourPlayer() {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const tourId = useAppStore((s) => s.tour);
  const slideNo = useAppStore((s) => s.slide);
  const applied = useAppStore((s) => s.appliedSlide);
  const paused = useAppStore((s) => s.paused);
  const blank = useAppStore((s) => s.blank);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const resume = () => goToSlide(useAppStore.getState().slide);
  const exitTour = useAppStore((s) => s.exitTour);
  const tour = tourById(tourId);
  const count = tour?.slides.length ?? 0;
  const presenter = usePresenter();
  useTourKeys(count, window, presenter.open);

  // A slide that came from the URL (a link, Back / Forward) is applied here, once.
  useEffect(() => {
    if (tour && !paused && slideNo !== applied) goToSlide(slideNo);
  }, [tour, paused, slideNo, applied, goToSlide]);

  const slide = tour?.slides[Math.min(Math.max(slideNo, 1), count) - 1];
  const facts = useMemo(
    () => (slide ? slide.facts.map((f) => resolveFact(f, atlas, lang, m)) : []),
    [slide, atlas, lang, m],
  );

  const swipeStart = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: ReactPointerEvent) => {
    swipeStart.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: ReactPointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (!start) return;
    const dx = e.clientX - start.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
    goToSlide(useAppStore.getState().slide + (dx < 0 ? 1 : -1));
  };

  if (!tour || !slide) return null;
  if (paused)
    return (
      <>
        {presenter.element}
        <div className="tour-paused" role="status">
          <span className="tour-paused-text">{m.tour.paused}</span>
          <button type="button" className="button primary" onClick={resume} data-testid="tour-resume">
            {m.tour.resume} <kbd>R</kbd>
          </button>
          <button type="button" className="button" onClick={exitTour}>
            {m.tour.exit}
          </button>
        </div>
      </>
    );
  return (
    <>
      {presenter.element}
      <TourCaption
        title={slide.title[lang]}
        notes={slide.notes?.[lang]}
        facts={facts}
        n={slideNo}
        total={count}
        onPrev={() => goToSlide(slideNo - 1)}
        onNext={() => goToSlide(slideNo + 1)}
        onExit={exitTour}
        onPresenter={presenter.open}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      />
      {blank && (
        <div
          className="tour-blank"
          data-testid="tour-blank"
          role="button"
          tabIndex={-1}
          aria-label={m.tour.blankHint}
          onClick={() => useAppStore.getState().setBlank(false)}
        />
      )}
    </>
  );
}

interface CaptionProps {
  title: string;
  notes?: string;
  facts: ReturnType<typeof resolveFact>[];
  n: number;
  total: number;
  onPrev: () => void;
  onNext: () => void;
  onExit: () => void;
  onPresenter: () => void;
  onPointerDown: (e: ReactPointerEvent) => void;
  onPointerUp: (e: ReactPointerEvent) => void;
}

function TourCaption(p: CaptionProps) {
  const m = useMessages();
  const ref = useRef<HTMLElement>(null);
  useOccluder('tour', ref);
  return (
    <section
      ref={ref}
      className="tour-caption"
      aria-label={m.tour.caption}
      onPointerDown={p.onPointerDown}
      onPointerUp={p.onPointerUp}
    >
      <div data-testid="tour-caption" aria-live="polite">
        <h2 className="tour-title">{p.title}</h2>
        <ul className="tour-facts">
          {p.facts.map((f, i) => (
            <li key={i}>
              <span className="tour-fact-text">{f.text}</span>{' '}
              <span className="tour-fact-meta">
                {f.sources.slice(0, 2).map((s) => (
                  <SourceRef key={s} id={s} m={m} />
                ))}
                {f.sources.length > 2 && <span className="tour-more">+{f.sources.length - 2}</span>}
                {f.asOf.length > 0 && ' '}
                <FactAsOf dates={f.asOf} className="tour-asof" />
              </span>
              <FactUnitNotes notes={f.unitNotes} className="tour-unit-note" />
            </li>
          ))}
        </ul>
      </div>
      {p.notes && (
        <details className="tour-notes">
          <summary>{m.tour.notes}</summary>
          <p>{p.notes}</p>
        </details>
      )}
      <div className="tour-nav">
        <button
          type="button"
          className="icon-button"
          onClick={p.onPrev}
          disabled={p.n <= 1}
          aria-label={m.tour.previous}
          title={m.tour.previous}
        >
          ‹
        </button>
        <span className="tour-progress" data-testid="tour-progress">
          {m.tour.progress.replace('{n}', String(p.n)).replace('{total}', String(p.total))}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={p.onNext}
          disabled={p.n >= p.total}
          aria-label={m.tour.next}
          title={m.tour.next}
        >
          ›
        </button>
        <button
          type="button"
          className="button tour-presenter"
          onClick={p.onPresenter}
          title={m.presenter.openLabel}
        >
          {m.presenter.open}
        </button>
        <button type="button" className="button tour-exit" onClick={p.onExit}>
          {m.tour.exit}
        </button>
      </div>
    </section>
  );
}
