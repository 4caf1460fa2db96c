// What the presenter sees on the laptop's screen: the current slide (title, facts with sources and
// as-of dates), the next slide's title, the speaker notes, the time since the tour started and the
// time of day, n / N, and previous / next. Rendered into the presenter window (use-presenter.tsx);
// it reads the one store, so it follows every step taken in either window.
import { useEffect, useMemo, useState } from 'react';
import { shortCitation } from '../../components/source-ref';
import { useAtlas } from '../../data/atlas-context';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { FactAsOf, FactUnitNotes } from '../fact-meta';
import { resolveFact, type FactView } from '../resolve';
import { tourById } from '../tours';
import { useTourKeys } from '../use-tour-keys';
import { syncPresenterRoot } from './presenter-window';
import { formatClock, formatElapsed } from './time';

/** The current time, updated every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

function Clocks({ startedAt, onReset }: { startedAt: number; onReset: () => void }) {
  const m = useMessages();
  const lang = useLang();
  const now = useNow();
  return (
    <div className="presenter-clocks">
      <div className="presenter-clock-box">
        <span className="presenter-label">{m.presenter.elapsed}</span>
        <span className="presenter-time" data-testid="presenter-elapsed">
          {formatElapsed(now - startedAt)}
        </span>
        <button type="button" className="button" onClick={onReset} aria-label={m.presenter.resetLabel}>
          {m.presenter.reset}
        </button>
      </div>
      <div className="presenter-clock-box">
        <span className="presenter-label">{m.presenter.clock}</span>
        <span className="presenter-time" data-testid="presenter-clock">
          {formatClock(new Date(now), lang)}
        </span>
      </div>
    </div>
  );
}

function Facts({ facts }: { facts: FactView[] }) {
  const atlas = useAtlas();
  return (
    <ul className="presenter-facts">
      {facts.map((f, i) => (
        <li key={i}>
          {f.text}{' '}
          <span className="presenter-fact-meta">
            {f.sources.map((s) => {
              const source = atlas.sources.get(s);
              return source ? (
                <span key={s} className="presenter-source">
                  {shortCitation(source)}
                </span>
              ) : null;
            })}
            <FactAsOf dates={f.asOf} className="presenter-asof" />
          </span>
          <FactUnitNotes notes={f.unitNotes} className="presenter-unit-note" />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  win: Window;
  startedAt: number;
  onResetTimer: () => void;
}

export function PresenterView({ win, startedAt, onResetTimer }: Props) {
  const m = useMessages();
  const lang = useLang();
  const atlas = useAtlas();
  const theme = useAppStore((s) => s.theme);
  const tour = tourById(useAppStore((s) => s.tour));
  const slideNo = useAppStore((s) => s.slide);
  const paused = useAppStore((s) => s.paused);
  const blank = useAppStore((s) => s.blank);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const count = tour?.slides.length ?? 0;
  useTourKeys(count, win);

  const title = tour ? m.presenter.windowTitle.replace('{tour}', tour.title[lang]) : m.presenter.open;
  useEffect(() => {
    const sync = () => syncPresenterRoot(win, lang, theme, title);
    sync();
    win.addEventListener('resize', sync);
    return () => win.removeEventListener('resize', sync);
  }, [win, lang, theme, title]);

  const n = Math.min(Math.max(slideNo, 1), count);
  const slide = tour?.slides[n - 1];
  const next = tour?.slides[n];
  const facts = useMemo(
    () => (slide ? slide.facts.map((f) => resolveFact(f, atlas, lang, m)) : []),
    [slide, atlas, lang, m],
  );
  if (!tour || !slide) return null;
  const notes = slide.notes?.[lang];
  const progress = m.tour.progress.replace('{n}', String(n)).replace('{total}', String(count));
  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter-bar">
        <h1 className="presenter-tour">{tour.title[lang]}</h1>
        {(paused || blank) && (
          <span className="presenter-status" role="status">
            {paused ? m.presenter.paused : m.presenter.blanked}
          </span>
        )}
        <Clocks startedAt={startedAt} onReset={onResetTimer} />
      </header>
      <main className="presenter-main">
        <section className="presenter-card presenter-current" aria-labelledby="presenter-current-label">
          <h2 className="presenter-label" id="presenter-current-label">
            {m.presenter.current} · {progress}
          </h2>
          <div data-testid="presenter-current">
            <p className="presenter-title">{slide.title[lang]}</p>
            <Facts facts={facts} />
          </div>
        </section>
        <section className="presenter-card presenter-next" aria-labelledby="presenter-next-label">
          <h2 className="presenter-label" id="presenter-next-label">
            {m.presenter.upNext}
          </h2>
          <p className="presenter-next-title" data-testid="presenter-next">
            {next ? next.title[lang] : m.presenter.endOfTour}
          </p>
        </section>
        <section className="presenter-card presenter-notes" aria-labelledby="presenter-notes-label">
          <h2 className="presenter-label" id="presenter-notes-label">
            {m.tour.notes}
          </h2>
          <p data-testid="presenter-notes" className={notes ? undefined : 'muted'}>
            {notes ?? m.presenter.noNotes}
          </p>
        </section>
      </main>
      <nav className="presenter-nav" aria-label={m.presenter.open}>
        <button type="button" className="button" onClick={() => goToSlide(n - 1)} disabled={n <= 1}>
          ‹ {m.tour.previous}
        </button>
        <span className="presenter-progress" data-testid="presenter-progress">
          {progress}
        </span>
        <button
          type="button"
          className="button primary"
          onClick={() => goToSlide(n + 1)}
          disabled={n >= count}
        >
          {m.tour.next} ›
        </button>
        <span className="presenter-keys muted">{m.presenter.keys}</span>
      </nav>
    </div>
  );
}
