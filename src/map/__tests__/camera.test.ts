import { describe, expect, test } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraIntent, type Occluder } from '../../store/slices';
import {
  CHINA_BOUNDS,
  coveredEdges,
  fitChina,
  project,
  projectBounds,
  unproject,
  type Box,
  type Camera,
  type Size,
} from '../camera-fit';
import { CameraController } from '../camera-controller';
import { insetBox } from '../camera-driver';

const SIZES: Size[] = [
  { width: 360, height: 584 },
  { width: 390, height: 788 },
  { width: 844, height: 326 },
  { width: 768, height: 960 },
  { width: 1280, height: 656 },
  { width: 2560, height: 1376 },
];
const INSET = { width: 114, height: 190 };
const inside = (inner: Box, outer: Box) =>
  inner.x0 >= outer.x0 - 0.5 &&
  inner.x1 <= outer.x1 + 0.5 &&
  inner.y0 >= outer.y0 - 0.5 &&
  inner.y1 <= outer.y1 + 0.5;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('fitting China', () => {
  for (const size of SIZES)
    for (const rail of [0, 332])
      test(`${size.width}×${size.height}${rail ? ' with the rail open' : ''}: all of China in the free area, clear of the inset`, () => {
        if (rail && size.width < 760) return;
        const covered = coveredEdges(rail ? { rail: { side: 'left', size: rail } } : {});
        const inset = insetBox(size, covered, INSET);
        const camera = fitChina(size, covered, inset)!;
        const china = projectBounds(CHINA_BOUNDS, camera, size);
        expect(inside(china, { x0: covered.left, y0: 0, x1: size.width, y1: size.height })).toBe(true);
        // The inset may cover only China's empty south-west corner (India, Myanmar), never China.
        const corner = projectBounds(
          [
            [73.5, 17.5],
            [96, 26.5],
          ],
          camera,
          size,
        );
        expect(!overlaps(inset!, china) || inside(inset!, corner)).toBe(true);
        // And China is as large as the free area allows on at least one axis (not a timid fit).
        const free = { w: size.width - covered.left, h: size.height };
        expect(Math.max((china.x1 - china.x0) / free.w, (china.y1 - china.y0) / free.h)).toBeGreaterThan(0.6);
      });

  test('a panel on the right or a sheet below moves China into what is left', () => {
    const size = { width: 1024, height: 704 };
    for (const occluders of [
      { panel: { side: 'right', size: 412 } },
      { panel: { side: 'bottom', size: 380 } },
    ] as Record<string, Occluder>[]) {
      const covered = coveredEdges(occluders);
      const china = projectBounds(CHINA_BOUNDS, fitChina(size, covered, null)!, size);
      expect(china.x1).toBeLessThanOrEqual(size.width - covered.right);
      expect(china.y1).toBeLessThanOrEqual(size.height - covered.bottom);
    }
  });

  test('project and unproject are inverses', () => {
    const camera: Camera = { center: [104, 35], zoom: 3.3 };
    const size = { width: 800, height: 600 };
    const p = project([121.47, 31.23], camera, size);
    const [lon, lat] = unproject([p.x, p.y], camera, size);
    expect(lon).toBeCloseTo(121.47, 6);
    expect(lat).toBeCloseTo(31.23, 6);
  });
});

/** A stand-in for MapLibre's camera: enough state and events to drive the controller. */
function fakeMap(size: Size) {
  const handlers = new Map<string, ((e: object) => void)[]>();
  const state = { camera: { center: [0, 0] as [number, number], zoom: 2 }, moves: 0 };
  const fire = (type: string, e: object = {}) => handlers.get(type)?.forEach((h) => h(e));
  const set = (o: { center: [number, number]; zoom: number }) => {
    state.camera = { center: o.center, zoom: o.zoom };
    state.moves++;
    fire('movestart');
    fire('moveend');
  };
  const map = {
    on: (type: string, h: (e: object) => void) => handlers.set(type, [...(handlers.get(type) ?? []), h]),
    getContainer: () => ({ clientWidth: size.width, clientHeight: size.height }),
    getCenter: () => ({ lng: state.camera.center[0], lat: state.camera.center[1] }),
    getZoom: () => state.camera.zoom,
    isMoving: () => false,
    project: (ll: [number, number]) => project(ll, state.camera, size),
    jumpTo: set,
    easeTo: set,
    flyTo: set,
  };
  return { map: map as unknown as MapLibreMap, state, fire, size };
}

function controllerOn(size: Size, occluders: Record<string, Occluder> = {}) {
  const fake = fakeMap(size);
  const env = {
    occluders,
    selected: null as string | null,
    views: [] as unknown[],
  };
  const controller = new CameraController(fake.map, {
    anchorOf: (id) => ({ shanghai: [121.47, 31.23] as [number, number] })[id],
    selectedPlaceId: () => env.selected,
    occluders: () => env.occluders,
    inset: () => null,
    reducedMotion: () => true,
    onSettled: (v) => env.views.push(v),
  });
  return { controller, fake, env };
}

describe('the camera controller', () => {
  test('keeps a selected place out from under the panel with the smallest pan, zoom unchanged', () => {
    const { controller, fake, env } = controllerOn({ width: 1024, height: 704 });
    controller.handle(cameraIntent({ kind: 'fit', force: true }));
    const zoom = fake.state.camera.zoom;
    env.selected = 'shanghai';
    env.occluders = { panel: { side: 'right', size: 412 } };
    controller.relayout();
    const { x } = project([121.47, 31.23], fake.state.camera, fake.size);
    expect(x).toBeLessThan(1024 - 412);
    // Resting on "whole China", a card opening re-fits China into what is left.
    expect(fake.state.camera.zoom).toBeLessThan(zoom);
    const china = projectBounds(CHINA_BOUNDS, fake.state.camera, fake.size);
    expect(china.x1).toBeLessThanOrEqual(1024 - 412);
  });

  test('after the user moves the map, a resize or a closing card leaves the view alone', () => {
    const { controller, fake, env } = controllerOn({ width: 1024, height: 704 });
    controller.handle(cameraIntent({ kind: 'fit', force: true }));
    fake.state.camera = { center: [116.4, 39.9], zoom: 6 };
    fake.fire('movestart', { originalEvent: new Event('wheel') });
    env.occluders = {};
    controller.relayout();
    expect(fake.state.camera).toEqual({ center: [116.4, 39.9], zoom: 6 });
    // An unforced fit (a panel closing) does not undo the user's move; a forced one does.
    controller.handle(cameraIntent({ kind: 'fit', force: false }));
    expect(fake.state.camera.zoom).toBe(6);
    controller.handle(cameraIntent({ kind: 'fit', force: true }));
    expect(fake.state.camera.zoom).toBeLessThan(6);
  });

  test('going to a place flies close to it; the same intent twice moves once', () => {
    const { controller, fake } = controllerOn({ width: 1280, height: 656 });
    const intent = cameraIntent({ kind: 'place', placeId: 'shanghai', zoomIn: true });
    controller.handle(intent);
    controller.handle(intent);
    expect(fake.state.moves).toBe(1);
    expect(fake.state.camera.zoom).toBeGreaterThanOrEqual(6);
    const p = project([121.47, 31.23], fake.state.camera, fake.size);
    expect(p.x).toBeCloseTo(640, 0);
  });

  test('records the view only when the camera is not resting on "whole China"', () => {
    const { controller, env } = controllerOn({ width: 1280, height: 656 });
    controller.handle(cameraIntent({ kind: 'fit', force: true }));
    expect(env.views.at(-1)).toBeNull();
    controller.handle(cameraIntent({ kind: 'place', placeId: 'shanghai', zoomIn: true }));
    expect(env.views.at(-1)).toMatchObject({ lon: expect.any(Number), zoom: expect.any(Number) });
  });
});
