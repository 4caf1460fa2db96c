import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import { FatalMessage } from './components/fatal-message';
import { getAtlas } from './data/atlas';
import { AtlasContext } from './data/atlas-context';
import { DataError, type Atlas } from './data/load-data';
import { applyDesignTokens, layoutFor } from './design/encoding';
import { exposeAutomation } from './map/automation';
import { useAppStore } from './store';
import { startUserTours } from './tour/authoring/user-tours';
import { startUrlSync } from './url/url-sync';

// Tokens first, so the first render already has its sizes and colours.
applyDesignTokens(document.documentElement, layoutFor(window.innerWidth));
const root = createRoot(document.getElementById('root')!);
exposeAutomation(useAppStore, null);

let atlas: Atlas | null = null;
try {
  atlas = getAtlas();
} catch (e) {
  const problems = e instanceof DataError ? e.problems : [String(e)];
  root.render(<FatalMessage problems={problems} />);
}

if (atlas) {
  // The user's own tours first, so a ?tour=user-… link finds them.
  startUserTours(atlas);
  startUrlSync(useAppStore, new Set(atlas.placeById.keys()));
  // The URL may have chosen the projector theme: its tokens before the first render too.
  applyDesignTokens(document.documentElement, layoutFor(window.innerWidth), useAppStore.getState().theme);
  root.render(
    <StrictMode>
      <ErrorBoundary
        fallback={(error, reset) => <FatalMessage kind="app" problems={[error.message]} onReset={reset} />}
        // Start again from the plain atlas: the state (and so the link) may be what broke it.
        onReset={() => useAppStore.setState(useAppStore.getInitialState(), true)}
      >
        <AtlasContext.Provider value={atlas}>
          <App />
        </AtlasContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
