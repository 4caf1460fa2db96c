// Composition root of the UI: top bar, full-bleed map, left rail, place panel.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Notices } from './components/notices';
import { useAtlas } from './data/atlas-context';
import { ExportMenu } from './export/export-menu';
import { useLang, useMessages } from './i18n/use-messages';
import { MapView } from './map/map-view';
import { LayerControls } from './panels/layer-controls';
import { ResultList } from './panels/result-list';
import { ScenarioFilter } from './panels/scenario-filter';
import { SearchBox } from './panels/search-box';
import { useAppStore } from './store';

// Not needed for the first map render: loaded on first use (the panel is prefetched once the page is idle).
const loadPlacePanel = () => import('./panels/place-panel');
const PlacePanel = lazy(() => loadPlacePanel().then((m) => ({ default: m.PlacePanel })));
const AboutDialog = lazy(() => import('./components/about-dialog').then((m) => ({ default: m.AboutDialog })));

const isNarrow = () => typeof window !== 'undefined' && window.innerWidth < 760;

export function App() {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const setLang = useAppStore((s) => s.setLang);
  const [railOpen, setRailOpen] = useState(() => !isNarrow());
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    const prefetch = () => void loadPlacePanel();
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 4000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(prefetch, 2000);
    return () => clearTimeout(id);
  }, []);

  // On a phone the rail is a full-screen sheet: picking a place closes it so the map and panel show.
  useEffect(
    () =>
      useAppStore.subscribe((st, prev) => {
        if (st.selectedPlaceId && st.selectedPlaceId !== prev.selectedPlaceId && isNarrow())
          setRailOpen(false);
      }),
    [],
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
          <ExportMenu />
          <button type="button" className="button" onClick={() => setAboutOpen(true)}>
            {m.app.about}
          </button>
        </div>
      </header>
      <main className="stage">
        <MapView atlas={atlas} railOpen={railOpen} />
        <nav id="rail" className="rail" aria-label={m.layers.title} hidden={!railOpen}>
          <LayerControls />
          <ScenarioFilter />
          <ResultList />
        </nav>
        <Suspense fallback={null}>
          <PlacePanel />
        </Suspense>
        <Notices />
        <p className="map-footnote">{m.map.schematic}</p>
      </main>
      {aboutOpen && (
        <Suspense fallback={null}>
          <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
