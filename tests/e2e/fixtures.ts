// Shared end-to-end fixtures for ICV Atlas.
//
// Every test gets a `page` whose context aborts and records any request that leaves the preview
// server's origin (the atlas must work offline), and that collects console errors (Content-Security-
// Policy violations included) and uncaught page errors. After the test body, the fixture asserts that
// none of these happened.
//
// `places` is the built site's open-data file (data/places.json), loaded once per worker, so tests
// read anchors and expected values from the same data the app ships instead of hard-coding them.
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export type Scenario =
  | 'robotaxi'
  | 'avp'
  | 'commuter-bus'
  | 'robobus'
  | 'highway-truck'
  | 'ports'
  | 'mines'
  | 'sanitation'
  | 'patrol'
  | 'last-mile-delivery';

interface FigureRecord {
  value: number;
  published: string;
  unit: string;
  unitNote?: string;
}

export interface PlaceRecord {
  id: string;
  anchor: [number, number];
  name: { en: string; zh: string };
  layers: string[];
  scenarios: { codes: Scenario[] } | null;
  table3: {
    openedTestRoads: FigureRecord;
    testedMileage: FigureRecord | null;
    licences: FigureRecord;
    testSubjects: string[];
  } | null;
}

// The slice of the automation hook (src/map/automation.ts) the tests use.
interface AutomationMap {
  isMoving(): boolean;
  loaded(): boolean;
  once(type: string, listener: () => void): unknown;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  triggerRepaint(): void;
}
declare global {
  interface Window {
    icvAtlas?: {
      map: AutomationMap | null;
      store: { getState(): Record<string, unknown> };
    };
  }
}

/** Browser noise that says nothing about the app (SwiftShader, the Chromium wrapper). */
const CONSOLE_NOISE = [
  /GPU stall due to ReadPixels/i,
  /GL Driver Message/i,
  /Automatic fallback to software WebGL/i,
  /\[\.WebGL-0x[0-9a-f]+\]/i,
  /unexpected operator/i,
  /D-?Bus/i,
];

export interface Guard {
  /** Off-origin requests (aborted), as "METHOD url". */
  offOrigin: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/** Each test page's guard, so helpers can fail fast (with the errors) instead of timing out. */
const guards = new WeakMap<Page, Guard>();

const isInert = (url: string) => /^(data|blob|about|chrome-error):/i.test(url);

export const test = base.extend<
  {
    guard: Guard;
    /** URLs the page may load besides its own origin's (the offline single file's own file:// URL). */
    allowedUrls: string[];
  },
  { places: PlaceRecord[] }
>({
  allowedUrls: [[], { option: true }],

  places: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const api = await playwright.request.newContext({ baseURL });
      const res = await api.get('data/places.json');
      expect(res.ok(), 'the built site serves data/places.json').toBe(true);
      const body = (await res.json()) as { places: PlaceRecord[] };
      await api.dispose();
      expect(body.places.length).toBeGreaterThan(0);
      await use(body.places);
    },
    { scope: 'worker' },
  ],

  guard: [
    async ({ context, page, baseURL, allowedUrls }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard: Guard = { offOrigin: [], consoleErrors: [], pageErrors: [] };
      // A file:// page's origin is "null": allowed file URLs are matched whole (query and hash aside).
      const allowed = (url: string) => allowedUrls.includes(url.replace(/[?#].*$/, ''));
      const offOrigin = (url: string) => !isInert(url) && !allowed(url) && new URL(url).origin !== origin;
      const seen = new Set<string>();
      const record = (method: string, url: string) => {
        const key = `${method} ${url}`;
        if (!seen.has(key)) {
          seen.add(key);
          guard.offOrigin.push(key);
        }
      };

      await context.route('**/*', async (route) => {
        const req = route.request();
        if (offOrigin(req.url())) {
          record(req.method(), req.url());
          await route.abort('blockedbyclient');
        } else {
          await route.fallback();
        }
      });
      // Belt and braces: anything the router did not see (e.g. a request from a worker).
      context.on('request', (req) => {
        if (offOrigin(req.url())) record(req.method(), req.url());
      });
      page.on('websocket', (ws) => {
        if (offOrigin(ws.url().replace(/^ws/, 'http'))) record('WS', ws.url());
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (CONSOLE_NOISE.some((re) => re.test(text))) return;
        guard.consoleErrors.push(text);
      });
      page.on('pageerror', (err) => guard.pageErrors.push(`${err.name}: ${err.message}`));
      // A Content-Security-Policy violation is a failure too (Chromium logs most, but not all, of them).
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });

      guards.set(page, guard);
      await use(guard);

      expect(guard.offOrigin, 'requests that left the site origin').toEqual([]);
      expect(guard.pageErrors, 'uncaught page errors').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** The place record with this id (fails the test if the built data lacks it). */
export function placeById(places: PlaceRecord[], id: string): PlaceRecord {
  const p = places.find((x) => x.id === id);
  expect(p, `data/places.json has a place "${id}"`).toBeTruthy();
  return p!;
}

/** Ids of the places whose Table 4 row has every / any of the given scenarios, sorted. */
export function placesWithScenarios(places: PlaceRecord[], scenarios: Scenario[], match: 'any' | 'all') {
  return places
    .filter((p) => {
      const codes = p.scenarios?.codes;
      if (!codes) return false;
      return match === 'all'
        ? scenarios.every((s) => codes.includes(s))
        : scenarios.some((s) => codes.includes(s));
    })
    .map((p) => p.id)
    .sort();
}

/** Resolves once the camera has settled (no easing / flight in progress) and the map is idle. */
export async function waitForMapIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<null>((resolve, reject) => {
        // Two frames first: a React effect may start an ease just after the triggering event.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const m = window.icvAtlas?.map;
            if (!m) return reject(new Error('window.icvAtlas.map is not set'));
            if (!m.isMoving() && m.loaded()) return resolve(null);
            m.once('idle', () => resolve(null));
            m.triggerRepaint(); // MapLibre fires 'idle' after any settled frame.
          }),
        );
      }),
  );
}

/** Open a URL of the atlas and wait until the map reports every layer drawn (`timeout`: for very large
 * viewports, which SwiftShader draws slowly). */
export async function openAtlas(page: Page, path = './', { timeout = 30_000 } = {}) {
  await page.goto(path);
  // Ready, or the first error that explains why not (a broken style never reaches mapReady).
  await expect
    .poll(
      async () => {
        const g = guards.get(page);
        const errors = g ? [...g.pageErrors, ...g.consoleErrors] : [];
        if (errors.length) return `errors while loading: ${errors.join(' | ').slice(0, 600)}`;
        return page.evaluate(() => document.documentElement.dataset.mapReady ?? 'not ready');
      },
      { message: 'the map reports data-map-ready="true"', timeout },
    )
    .toBe('true');
  await waitForMapIdle(page);
}

/** Ids of the places in the result list, in list order. */
export async function resultIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('result-list')
    .getByRole('listitem')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-place-id') ?? ''));
}

/** A place's button in the result list, found by the name it shows (English UI). */
export function resultButton(page: Page, nameEn: string) {
  const escaped = nameEn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByTestId('result-list').getByRole('button', { name: new RegExp(`^${escaped}\\s`) });
}

/** A scenario's checkbox in the filter, by the start of its label (the count follows it). */
export function scenarioCheckbox(page: Page, label: string) {
  return page.getByRole('checkbox', { name: new RegExp(`^${label}`) });
}

/** Viewport pixel of a lon/lat on the map canvas (map.project + the canvas's offset on the page). */
export async function pixelOf(page: Page, lngLat: [number, number]) {
  // The main map's own canvas (the page may hold other MapLibre canvases, e.g. an inset).
  const canvas = await page.evaluateHandle(() => window.icvAtlas!.map!.getCanvas());
  const box = await canvas.boundingBox();
  await canvas.dispose();
  expect(box, 'the map canvas is laid out').toBeTruthy();
  const { x, y } = await page.evaluate((ll) => window.icvAtlas!.map!.project(ll), lngLat);
  return { x: box!.x + x, y: box!.y + y };
}
