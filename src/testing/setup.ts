import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out, so it has no ResizeObserver: a stand-in that never reports a size change
// (components measure once when they mount).
if (!('ResizeObserver' in globalThis))
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
