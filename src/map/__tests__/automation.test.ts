import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMapReady, whenMapReady } from '../automation';

// MutationObserver callbacks run as microtasks.
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('whenMapReady', () => {
  afterEach(() => setMapReady(false));

  it('waits for the map to be ready, then runs once', async () => {
    const fn = vi.fn();
    whenMapReady(fn);
    await flush();
    expect(fn).not.toHaveBeenCalled();
    setMapReady(true);
    await flush();
    expect(fn).toHaveBeenCalledTimes(1);
    setMapReady(false);
    setMapReady(true);
    await flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the map is already ready, and not at all once cancelled', async () => {
    setMapReady(true);
    const now = vi.fn();
    whenMapReady(now);
    expect(now).toHaveBeenCalledTimes(1);
    setMapReady(false);
    const later = vi.fn();
    whenMapReady(later)();
    setMapReady(true);
    await flush();
    expect(later).not.toHaveBeenCalled();
  });
});
