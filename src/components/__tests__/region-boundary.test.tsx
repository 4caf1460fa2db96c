import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { lazyWithRetry } from '../lazy-with-retry';
import { RegionBoundary } from '../region-boundary';

// React reports every caught error on the console; these tests cause them on purpose.
beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

// Generous: the machine running the tests may be busy, and a first import is transformed on demand.
const SLOW = { timeout: 5000 };
const CHUNK = 'This part of the atlas could not be loaded (network or file missing).';

function Page({ children }: { children: React.ReactNode }) {
  return (
    <>
      <nav aria-label="rest of the page">
        <button type="button">Layers</button>
      </nav>
      {children}
    </>
  );
}

describe('a lazy part whose import fails', () => {
  test('shows the load message in its region only; Retry loads it again and shows it', async () => {
    const load = vi
      .fn<() => Promise<() => React.ReactElement>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: place-panel.js'))
      .mockResolvedValueOnce(() => <p>The place panel</p>);
    const Panel = lazyWithRetry(load);
    render(
      <Page>
        <RegionBoundary region="panel">
          <Suspense fallback={null}>
            <Panel />
          </Suspense>
        </RegionBoundary>
      </Page>,
    );
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(CHUNK);
    expect(alert).not.toHaveTextContent('did not pass validation');
    expect(screen.getByRole('button', { name: 'Layers' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The place panel', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
  test('while the network stays down, it is not retried on its own, and Retry says so again', async () => {
    const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const Dialog = lazyWithRetry(load);
    render(
      <RegionBoundary region="dialog" onClose={() => {}}>
        <Suspense fallback={null}>
          <Dialog />
        </Suspense>
      </RegionBoundary>,
    );
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(CHUNK);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(CHUNK);
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });
});

describe('a region that fails while rendering', () => {
  let broken = true;
  function MapStub() {
    if (broken) throw new Error('WebGL context lost');
    return <div>the map</div>;
  }
  test('says what failed in that region, the rest works, and Retry re-mounts it', async () => {
    broken = true;
    render(
      <Page>
        <RegionBoundary region="map">
          <MapStub />
        </RegionBoundary>
      </Page>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The map stopped working. The places list, the filter and the place details still work.',
    );
    expect(screen.getByRole('button', { name: 'Layers' })).toBeInTheDocument();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('the map')).toBeInTheDocument();
  });
  test('a new reset key (another place chosen) retries on its own', () => {
    broken = true;
    const { rerender } = render(
      <RegionBoundary region="panel" resetKey="shanghai">
        <MapStub />
      </RegionBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The details of this place could not be shown.');
    broken = false;
    rerender(
      <RegionBoundary region="panel" resetKey="wuhan">
        <MapStub />
      </RegionBoundary>,
    );
    expect(screen.getByText('the map')).toBeInTheDocument();
  });
});
