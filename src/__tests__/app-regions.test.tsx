// The app's regions fail on their own: a part that cannot load (a lazy chunk) or breaks shows a
// message where it would be, and the rest of the atlas keeps working.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TEST_ATLAS } from '../testing/atlas';

const fail = { about: false, panel: false, map: false };
// Fresh modules for every test: the app's lazy parts remember what they loaded (or failed to).
let app: typeof import('../app');
let store: typeof import('../store');
let atlasContext: typeof import('../data/atlas-context');
let boundary: typeof import('../components/error-boundary');
let fatal: typeof import('../components/fatal-message');
const useAppStore = { getState: () => store.useAppStore.getState() };
beforeEach(async () => {
  // A wide screen, where the rail and the place panel show side by side.
  vi.stubGlobal('innerWidth', 1920);
  vi.resetModules();
  // The map needs WebGL; here it is a stand-in that can be made to throw.
  vi.doMock('../map/map-view', () => ({
    MapView: () => {
      if (fail.map) throw new Error('WebGL: CONTEXT_LOST_WEBGL');
      return <div data-testid="map-stub" />;
    },
  }));
  // As a dynamic import whose chunk is missing (offline, or gone after a deploy).
  vi.doMock('../components/about-dialog', async (importOriginal) => {
    if (fail.about) throw new TypeError('Failed to fetch dynamically imported module: about-dialog.js');
    return importOriginal();
  });
  vi.doMock('../panels/place-panel', async (importOriginal) => {
    if (fail.panel) throw new TypeError('Failed to fetch dynamically imported module: place-panel.js');
    return importOriginal();
  });
  [app, store, atlasContext, boundary, fatal] = await Promise.all([
    import('../app'),
    import('../store'),
    import('../data/atlas-context'),
    import('../components/error-boundary'),
    import('../components/fatal-message'),
  ]);
  vi.spyOn(console, 'error').mockImplementation(() => {});
}, 30_000);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.assign(fail, { about: false, panel: false, map: false });
});

// As in main.tsx: the last line of defence around the whole app.
const renderApp = () => {
  const { ErrorBoundary } = boundary;
  const { FatalMessage } = fatal;
  const { AtlasContext } = atlasContext;
  const { App } = app;
  return render(
    <ErrorBoundary fallback={(error) => <FatalMessage kind="app" problems={[error.message]} />}>
      <AtlasContext.Provider value={TEST_ATLAS}>
        <App />
      </AtlasContext.Provider>
    </ErrorBoundary>,
  );
};
// Generous: the machine running the tests may be busy, and a first import is transformed on demand.
const SLOW = { timeout: 10_000 };
const CHUNK = 'This part of the atlas could not be loaded (network or file missing).';
const expectRestOfAtlasWorks = () => {
  expect(screen.queryByTestId('fatal-message')).toBeNull();
  expect(document.body).not.toHaveTextContent('did not pass validation');
  expect(screen.getByRole('navigation', { name: 'Layers' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Search places and zones' })).toBeInTheDocument();
};

// The whole app renders here (rail, list, search): slow when the machine is busy, so generous limits.
describe('failures stay in their region', { timeout: 30_000 }, () => {
  test('the About chunk fails to load: a message in its place, the atlas still works', async () => {
    fail.about = true;
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'About the data' }));
    const alert = await screen.findByTestId('region-error-dialog', {}, SLOW);
    expect(alert).toHaveTextContent(CHUNK);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expectRestOfAtlasWorks();
    expect(screen.getByTestId('map-stub')).toBeInTheDocument();
    // The network is back: Retry loads the dialog.
    fail.about = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'About the data', hidden: true }, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('region-error-dialog')).toBeNull();
  });
  test('a failed dialog can be closed', async () => {
    fail.about = true;
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'About the data' }));
    const alert = await screen.findByTestId('region-error-dialog', {}, SLOW);
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('region-error-dialog')).toBeNull();
    expectRestOfAtlasWorks();
  });
  test('the place panel chunk fails to load: the message is in the panel only, and Close deselects', async () => {
    fail.panel = true;
    renderApp();
    act(() => useAppStore.getState().selectPlace('shanghai'));
    const alert = await screen.findByTestId('region-error-panel', {}, SLOW);
    expect(alert).toHaveTextContent(CHUNK);
    expectRestOfAtlasWorks();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Close' }));
    expect(useAppStore.getState().selectedPlaceId).toBeNull();
  });
  test('the map breaks: its region says so, the list and search still work', async () => {
    fail.map = true;
    renderApp();
    expect(screen.getByTestId('region-error-map')).toHaveTextContent('The map stopped working.');
    expectRestOfAtlasWorks();
    fail.map = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByTestId('map-stub')).toBeInTheDocument();
  });
  test('中文: the region message is in Chinese', async () => {
    fail.about = true;
    act(() => useAppStore.getState().setLang('zh'));
    renderApp();
    await userEvent.setup().click(screen.getByRole('button', { name: '关于数据' }));
    const alert = await screen.findByTestId('region-error-dialog', {}, SLOW);
    expect(alert).toHaveTextContent('页面的这一部分无法加载(网络问题或文件缺失)。');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
