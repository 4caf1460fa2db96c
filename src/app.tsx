// Composition root of the UI: top bar, full-bleed map, left rail, place panel.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Notices } from './components/notices';
import { useLang, useMessages } from './i18n/use-messages';
import { MapView } from './map/map-view';
import { LayerControls } from './panels/layer-controls';
import { ResultList } from './panels/result-list';
import { ScenarioFilter } from './panels/scenario-filter';
import { SearchBox } from './panels/search-box';
import { useOccluder, useOcclusionCssVars } from './layout/occluder';
import { isExclusive, useLayout } from './layout/use-layout';
import { useAppStore } from './store';

// Not needed for the first map render: loaded on first use (the panel is prefetched once the page is idle).
const loadPlacePanel = () => import('./panels/place-panel');
const PlacePanel = lazy(() => loadPlacePanel().then((m) => ({ default: m.PlacePanel })));
const AboutDialog = lazy(() => import('./components/about-dialog').then((m) => ({ default: m.AboutDialog })));

export function App() {
  const m = useMessages();
  const lang = useLang();
  const layout = useLayout();
  const setLang = useAppStore((s) => s.setLang);
  const selectedPlaceId = useAppStore((s) => s.selectedPlaceId);
  const fitChina = useAppStore((s) => s.fitChina);
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
  const panelHidden = exclusive && railOpen && !!selectedPlaceId;

  useEffect(() => {
    const prefetch = () => void loadPlacePanel();
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 4000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(prefetch, 2000);
    return () => clearTimeout(id);
  }, []);

  // Picking a place where rail and panel are exclusive closes the rail so the map and panel show.
  useEffect(
    () =>
      useAppStore.subscribe((st, prev) => {
        if (st.selectedPlaceId && st.selectedPlaceId !== prev.selectedPlaceId && exclusive)
          setRailOpen(false);
      }),
    [exclusive],
  );

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${m.app.title} · ${m.app.subtitle}`;
  }, [lang, m]);

  return (
    <div className={`app ${railOpen ? 'rail-open' : 'rail-closed'}`}>
      <a className="skip-link" href="#places-list">
        {m.app.skipToList}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="icon-button rail-toggle"
          aria-expanded={railOpen}
          aria-controls="rail"
          onClick={() => setRailOpen((o) => !o)}
          title={m.layers.title}
          aria-label={m.layers.title}
        >
          ☰
        </button>
        <div className="brand">
          <h1>{m.app.title}</h1>
          <p className="subtitle">{m.app.subtitle}</p>
        </div>
        <SearchBox />
        <div className="topbar-actions">
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
          <button type="button" className="button" onClick={() => setAboutOpen(true)}>
            {m.app.about}
          </button>
        </div>
      </header>
      <main className="stage" ref={stageRef} data-stage>
        <MapView />
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
        <nav id="rail" ref={railRef} className="rail" aria-label={m.layers.title} hidden={!railOpen}>
          <LayerControls />
          <ScenarioFilter />
          <ResultList />
        </nav>
        <div className="panel-slot" hidden={panelHidden}>
          <Suspense fallback={null}>
            <PlacePanel />
          </Suspense>
        </div>
        <Notices />
        <p className="map-footnote">{layout === 'phone' ? m.map.schematicShort : m.map.schematic}</p>
      </main>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
