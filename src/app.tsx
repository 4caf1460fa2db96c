// Composition root of the UI: top bar, full-bleed map, left rail, place panel.
import { Suspense, useEffect, useRef, useState } from 'react';
import { lazyWithRetry } from './components/lazy-with-retry';
import { LiveAnnouncer } from './components/live-announcer';
import { Notices } from './components/notices';
import { RegionBoundary } from './components/region-boundary';
import { ExportMenu } from './export/export-menu';
import { useLang, useMessages } from './i18n/use-messages';
import { whenMapReady } from './map/automation';
import { MapView } from './map/map-view';
import { LayerControls } from './panels/layer-controls';
import { MapLegend } from './panels/map-legend';
import { ResultList } from './panels/result-list';
import { ScenarioFilter } from './panels/scenario-filter';
import { SearchBox } from './panels/search-box';
import { useOccluder, useOcclusionCssVars } from './layout/occluder';
import { isExclusive, useLayout } from './layout/use-layout';
import { useAppStore } from './store';
import { ToursButton, TourLinkRegion } from './tour/authoring/regions';

// Not needed for the first map render: loaded on first use (the panel is prefetched once the page is idle).
// A chunk that fails to load shows a Retry in its own region (region-boundary.tsx).
const PlacePanel = lazyWithRetry(() => import('./panels/place-panel').then((m) => m.PlacePanel));
const AboutDialog = lazyWithRetry(() => import('./components/about-dialog').then((m) => m.AboutDialog));
const TourPlayer = lazyWithRetry(() => import('./tour/tour-player').then((m) => m.TourPlayer));

/** The tour player's region: mounted while a tour is loaded (playing or paused). */
function TourRegion() {
  const tour = useAppStore((s) => s.tour);
  const slide = useAppStore((s) => s.slide);
  const exitTour = useAppStore((s) => s.exitTour);
  // A ?slide= without a (known) tour means nothing: drop it from the URL.
  useEffect(() => {
    if (!tour && slide) useAppStore.setState({ slide: 0, appliedSlide: 0 });
  }, [tour, slide]);
  if (!tour) return null;
  return (
    <RegionBoundary region="tour" onClose={exitTour}>
      <Suspense fallback={null}>
        <TourPlayer />
      </Suspense>
    </RegionBoundary>
  );
}
const YearControl = lazyWithRetry(() => import('./timeline/year-control').then((m) => m.YearControl));
const CompareView = lazyWithRetry(() => import('./compare/compare-view').then((m) => m.CompareView));
const AnalysisDrawer = lazyWithRetry(() =>
  import('./analysis/analysis-drawer').then((m) => m.AnalysisDrawer),
);

/** The analysis drawer's region: mounted (and its chunk loaded) only while a view is open (?analysis=). */
function AnalysisRegion() {
  const open = useAppStore((s) => s.analysis !== null);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  if (!open) return null;
  return (
    <RegionBoundary region="analysis" onClose={() => setAnalysis(null)}>
      <Suspense fallback={null}>
        <AnalysisDrawer />
      </Suspense>
    </RegionBoundary>
  );
}

/** The top bar's toggle for the analysis drawer (rankings first). */
function AnalysisButton() {
  const m = useMessages();
  const open = useAppStore((s) => s.analysis !== null);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  return (
    <button
      type="button"
      className={open ? 'button analysis-button active' : 'button analysis-button'}
      aria-expanded={open}
      aria-label={m.analysis.openLabel}
      title={m.analysis.openLabel}
      onClick={() => setAnalysis(open ? null : 'rankings')}
      onMouseEnter={() => void AnalysisDrawer.preload()}
      data-testid="analysis-toggle"
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d="M2 14V8h3v6zM6.5 14V3h3v11zM11 14V6h3v8z" fill="currentColor" />
      </svg>
      <span className="analysis-text">{m.analysis.open}</span>
    </button>
  );
}

/** The place panel's region: mounted (and its chunk needed) only once a place is selected. */
function PlacePanelRegion() {
  const selectedPlaceId = useAppStore((s) => s.selectedPlaceId);
  const selectPlace = useAppStore((s) => s.selectPlace);
  // A comparison takes the panel's place; closing it brings the panel back.
  const comparing = useAppStore((s) => s.compare.length > 0);
  if (!selectedPlaceId || comparing) return null;
  return (
    <RegionBoundary region="panel" resetKey={selectedPlaceId} onClose={() => selectPlace(null)}>
      <Suspense fallback={null}>
        <PlacePanel />
      </Suspense>
    </RegionBoundary>
  );
}

/** The comparison's region: mounted (and its chunk loaded) only while places are compared. */
function CompareRegion() {
  const comparing = useAppStore((s) => s.compare.length > 0);
  const clearCompare = useAppStore((s) => s.clearCompare);
  if (!comparing) return null;
  return (
    <RegionBoundary region="compare" onClose={clearCompare}>
      <Suspense fallback={null}>
        <CompareView />
      </Suspense>
    </RegionBoundary>
  );
}

export function App() {
  const m = useMessages();
  const lang = useLang();
  const layout = useLayout();
  const setLang = useAppStore((s) => s.setLang);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const selectedPlaceId = useAppStore((s) => s.selectedPlaceId);
  const comparing = useAppStore((s) => s.compare.length > 0);
  const fitChina = useAppStore((s) => s.fitChina);
  // While a tour plays, the editing chrome (rail, search, place panel) gives the map to the slides.
  const touring = useAppStore((s) => s.tour !== null && !s.paused);
  const tourLoaded = useAppStore((s) => s.tour !== null);
  const startTour = useAppStore((s) => s.startTour);
  const exitTour = useAppStore((s) => s.exitTour);
  // The rail starts open except on phones, or where it would hide the panel of a linked place; a
  // change of layout (a resized window) starts over by the same rule.
  const railDefault = () =>
    layout !== 'phone' && !(isExclusive(layout) && useAppStore.getState().selectedPlaceId);
  const [railOpen, setRailOpen] = useState(railDefault);
  const [railLayout, setRailLayout] = useState(layout);
  if (railLayout !== layout) {
    setRailLayout(layout);
    setRailOpen(railDefault());
  }
  const [aboutOpen, setAboutOpen] = useState(false);
  const stageRef = useRef<HTMLElement>(null);
  const railRef = useRef<HTMLElement>(null);
  useOccluder('rail', railRef);
  useOcclusionCssVars(stageRef);
  // On phones, tablets and small laptops the rail and the panel never both cover the map: the one
  // opened last shows (the selection stays; closing the rail brings its panel back).
  const exclusive = isExclusive(layout);
  const panelHidden = touring || (exclusive && railOpen && (!!selectedPlaceId || comparing));
  // In a hall the legend must stay on screen: on the map while the rail (which holds it) is closed or
  // a tour plays. Where cards take turns (compact), it is one more card: shown while no place panel is.
  const mapLegend =
    theme === 'projector' &&
    layout !== 'phone' &&
    (touring || (!railOpen && !(exclusive && selectedPlaceId)));

  // Prefetched once the map is ready and the page idle, so it never delays the first map.
  useEffect(() => {
    const prefetch = () => void PlacePanel.preload();
    let cancelIdle = () => {};
    const cancelWait = whenMapReady(() => {
      if ('requestIdleCallback' in window) {
        const id = window.requestIdleCallback(prefetch, { timeout: 4000 });
        cancelIdle = () => window.cancelIdleCallback(id);
      } else {
        const id = setTimeout(prefetch, 2000);
        cancelIdle = () => clearTimeout(id);
      }
    });
    return () => {
      cancelWait();
      cancelIdle();
    };
  }, []);

  // Picking a place where rail and panel are exclusive closes the rail so the map and panel show.
  useEffect(
    () =>
      useAppStore.subscribe((st, prev) => {
        const picked = st.selectedPlaceId && st.selectedPlaceId !== prev.selectedPlaceId;
        if ((picked || st.compare.length > prev.compare.length) && exclusive) setRailOpen(false);
      }),
    [exclusive],
  );

  // On a phone the rail is a full-screen sheet: opening an analysis view closes it, so the drawer and
  // the map above it show.
  useEffect(
    () =>
      useAppStore.subscribe((st, prev) => {
        if (st.analysis && !prev.analysis && layout === 'phone') setRailOpen(false);
      }),
    [layout],
  );

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${m.app.title} · ${m.app.subtitle}`;
  }, [lang, m]);

  return (
    <div className={`app ${railOpen && !touring ? 'rail-open' : 'rail-closed'}${touring ? ' touring' : ''}`}>
      <a className="skip-link" href="#places-list">
        {m.app.skipToList}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="icon-button rail-toggle"
          aria-expanded={railOpen && !touring}
          aria-controls="rail"
          hidden={touring}
          onClick={() => setRailOpen((o) => !o)}
          title={m.layers.title}
          aria-label={m.layers.title}
        >
          ☰
        </button>
        <div className="brand">
          {/* On a phone the short title leaves room for every control (hidden copies are not read). */}
          <h1>
            <span className="title-long">{m.app.title}</span>
            <span className="title-short">{m.app.shortTitle}</span>
          </h1>
          <p className="subtitle">{m.app.subtitle}</p>
        </div>
        {!touring && <SearchBox />}
        <div className="topbar-actions">
          <AnalysisButton />
          <button
            type="button"
            className="button present-button"
            onClick={() => (tourLoaded ? exitTour() : startTour('default'))}
            aria-pressed={tourLoaded}
            aria-label={tourLoaded ? m.tour.exit : m.tour.presentLabel}
            title={tourLoaded ? m.tour.exit : m.tour.presentLabel}
          >
            <span className="present-icon" aria-hidden="true">
              {tourLoaded ? '■' : '▶'}
            </span>
            <span className="present-text">{tourLoaded ? m.tour.exit : m.tour.present}</span>
          </button>
          <ToursButton />
          <button
            type="button"
            className="button"
            onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
            aria-label={m.app.switchLanguageLabel}
            lang={lang === 'en' ? 'zh-Hans' : 'en'}
            data-testid="lang-toggle"
          >
            {m.app.switchLanguage}
          </button>
          <button
            type="button"
            className="button icon-text-button theme-toggle"
            onClick={() => setTheme(theme === 'projector' ? 'light' : 'projector')}
            aria-pressed={theme === 'projector'}
            aria-label={m.app.projectorTheme}
            title={m.app.projectorTheme}
            data-testid="theme-toggle"
          >
            {/* A screen on a stand: the projector theme. */}
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
              <path d="M2 3h16v10H2zM10 13v4M6 17h8" fill="none" stroke="currentColor" strokeWidth="1.8" />
            </svg>
          </button>
          <ExportMenu />
          <button
            type="button"
            className="button about-button"
            onClick={() => setAboutOpen(true)}
            aria-label={m.app.about}
            title={m.app.about}
          >
            <span className="about-icon" aria-hidden="true">
              i
            </span>
            <span className="about-text">{m.app.about}</span>
          </button>
        </div>
      </header>
      <main className="stage" ref={stageRef} data-stage>
        <RegionBoundary region="map">
          <MapView />
        </RegionBoundary>
        <button
          type="button"
          className="map-button fit-china"
          onClick={fitChina}
          title={m.map.fitChina}
          aria-label={m.map.fitChina}
          data-testid="fit-china"
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path
              d="M3 8V3h5M17 8V3h-5M3 12v5h5M17 12v5h-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
          </svg>
        </button>
        <nav
          id="rail"
          ref={railRef}
          className="rail"
          aria-label={m.layers.title}
          hidden={!railOpen || touring}
        >
          <RegionBoundary region="rail">
            <LayerControls />
            <ScenarioFilter />
            <ResultList />
          </RegionBoundary>
        </nav>
        <div className="panel-slot" hidden={panelHidden}>
          <PlacePanelRegion />
          <CompareRegion />
        </div>
        {/* The year control is editing chrome too: a slide shows every designation (year cleared). */}
        {!touring && (
          <RegionBoundary region="timeline">
            <Suspense fallback={null}>
              <YearControl />
            </Suspense>
          </RegionBoundary>
        )}
        {!touring && <AnalysisRegion />}
        <TourRegion />
        {mapLegend && <MapLegend />}
        <Notices />
        <TourLinkRegion />
        <LiveAnnouncer />
        <p className="map-footnote">{layout === 'phone' ? m.map.schematicShort : m.map.schematic}</p>
      </main>
      {aboutOpen && (
        <RegionBoundary region="dialog" onClose={() => setAboutOpen(false)}>
          <Suspense fallback={null}>
            <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
          </Suspense>
        </RegionBoundary>
      )}
    </div>
  );
}
