// The map's pixels for the PNG: the visible map area read back from MapLibre's canvas (deck.gl draws
// into the same canvas, interleaved). The map is rendered once at a higher pixel ratio when the slide
// needs more pixels than the screen has, then put back. No preserveDrawingBuffer: the canvas is read
// in the 'render' event, right after the frame is drawn and before the browser presents it.
import type maplibregl from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { LoadedMapHandle } from '../map/map-context';
import type { MapFrame } from './map-frame';
import type { Area } from './screen-area';

/** MapLibre's default maxCanvasSize: a larger drawing buffer is clamped (with a warning). */
const MAX_CANVAS = 4096;

const nextFrame = (map: maplibregl.Map, read: () => void) =>
  new Promise<void>((resolve, reject) => {
    map.once('render', () => {
      try {
        read();
        resolve();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    map.triggerRepaint();
  });

const idle = (map: maplibregl.Map) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

interface LumaCanvasContext {
  setDrawingBufferSize(width: number, height: number): void;
}

/**
 * deck.gl, interleaved, draws with luma.gl's record of the canvas's drawing-buffer size, which follows
 * CSS resizes only: after MapLibre changes its pixel ratio, luma is told the new size (else deck.gl
 * draws its layers at the old size, into a corner). The overlay keeps its Deck private; read it defensively.
 */
function syncDeckToCanvas(overlay: MapboxOverlay, canvas: HTMLCanvasElement) {
  const deck = (
    overlay as unknown as { _deck?: { device?: { getDefaultCanvasContext?(): LumaCanvasContext } } }
  )._deck;
  deck?.device?.getDefaultCanvasContext?.().setDrawingBufferSize(canvas.width, canvas.height);
}

export function frameOf(map: maplibregl.Map, area: Area): MapFrame {
  const sw = map.unproject([area.x0, area.y1]);
  const ne = map.unproject([area.x1, area.y0]);
  return {
    bounds: [
      [sw.lng, sw.lat],
      [ne.lng, ne.lat],
    ],
    zoom: map.getZoom(),
  };
}

/** The visible area's pixels, with at least `pxPerCss` device pixels per CSS pixel where the map allows. */
export async function captureMap(
  { map, overlay }: LoadedMapHandle,
  area: Area,
  pxPerCss: number,
): Promise<HTMLCanvasElement> {
  const container = map.getContainer();
  const before = map.getPixelRatio();
  const limit = MAX_CANVAS / Math.max(container.clientWidth, container.clientHeight, 1);
  const ratio = Math.max(before, Math.min(Math.ceil(pxPerCss * 4) / 4, limit));
  const out = document.createElement('canvas');
  try {
    if (ratio !== before) {
      map.setPixelRatio(ratio);
      syncDeckToCanvas(overlay, map.getCanvas());
    }
    if (map.isMoving() || ratio !== before) await idle(map);
    await nextFrame(map, () => {
      const canvas = map.getCanvas();
      const k = canvas.width / container.clientWidth;
      out.width = Math.round((area.x1 - area.x0) * k);
      out.height = Math.round((area.y1 - area.y0) * k);
      out
        .getContext('2d')!
        .drawImage(canvas, area.x0 * k, area.y0 * k, out.width, out.height, 0, 0, out.width, out.height);
    });
  } finally {
    if (map.getPixelRatio() !== before) {
      map.setPixelRatio(before);
      syncDeckToCanvas(overlay, map.getCanvas());
      map.triggerRepaint();
    }
  }
  return out;
}
