// The one owner of the camera: the only code that calls jumpTo / easeTo / flyTo. It carries out the
// store's camera intent (fit China, go to a place, keep a place in view, restore a view) in the part
// of the map no card covers, and re-frames when the window or the cards change size, unless the user
// has moved the map since.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CameraIntent, Occluder, View } from '../store/slices';
import {
  centreOn,
  coveredEdges,
  FLIGHT_MS,
  fitChina,
  freeBox,
  PLACE_ZOOM,
  project,
  unproject,
  SAFE_MARGIN,
  type Box,
  type Camera,
  type LngLat,
  type Padding,
  type Size,
} from './camera-fit';

export interface CameraEnvironment {
  anchorOf: (placeId: string) => LngLat | undefined;
  selectedPlaceId: () => string | null;
  occluders: () => Readonly<Record<string, Occluder>>;
  /** The South China Sea inset's box in map px, or null when it is not on screen. */
  inset: (size: Size, covered: Padding) => Box | null;
  reducedMotion: () => boolean;
  /** The camera after a move: the view to record, or null when it rests on "whole China". */
  onSettled: (view: View | null) => void;
}

/** Intents that decide where the camera rests; "keep a place in view" only nudges it. */
type Framing =
  Extract<CameraIntent, { kind: 'fit' } | { kind: 'view' }> | Extract<CameraIntent, { kind: 'place' }>;

const EASE_MS = 600;

export class CameraController {
  private rest: Framing = { kind: 'fit', force: true, seq: 0 };
  private userMoved = false;
  private lastSeq = -1;
  private lastCovered: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  private lastSize: Size = { width: 0, height: 0 };

  constructor(
    private readonly map: MapLibreMap,
    private readonly env: CameraEnvironment,
  ) {
    map.on('movestart', (e) => {
      // Moves with an originalEvent come from the user (drag, wheel, keys, the zoom buttons).
      if ('originalEvent' in e && e.originalEvent) this.userMoved = true;
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      const resting = this.rest.kind === 'fit' && !this.userMoved;
      env.onSettled(resting ? null : { lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    this.lastSize = this.size();
    this.lastCovered = this.covered();
  }

  /** Carries out an intent once (a repeated seq is ignored). `instant` skips the animation. */
  handle(intent: CameraIntent, instant = false) {
    if (intent.seq === this.lastSeq) return;
    this.lastSeq = intent.seq;
    if (intent.kind === 'place' && !intent.zoomIn) {
      this.keepInView(intent.placeId, instant);
      return;
    }
    if (intent.kind === 'fit' && !intent.force && this.userMoved) return;
    this.rest = intent;
    this.userMoved = false;
    this.frame(instant ? 'jump' : intent.kind === 'place' ? 'fly' : 'ease');
  }

  /** The window or a card changed size. Resting on "whole China", the camera re-fits China into the
   * new free area; resting on a place or a view, it re-frames after a resize or a card closing. A
   * selected place is kept in view either way. After the user has moved the map, only that. */
  relayout() {
    const size = this.size();
    const covered = this.covered();
    const resized = size.width !== this.lastSize.width || size.height !== this.lastSize.height;
    const uncovered = (['left', 'right', 'bottom', 'top'] as const).some(
      (k) => covered[k] < this.lastCovered[k],
    );
    this.lastSize = size;
    this.lastCovered = covered;
    if (size.width === 0 || size.height === 0) return;
    // A move of ours still under way (a flight to a place) is re-aimed at the new free area, not
    // cancelled by a nudge from where it happens to be.
    const inFlight = this.map.isMoving();
    const reframe = !this.userMoved && (this.rest.kind === 'fit' || resized || uncovered || inFlight);
    const base = (reframe && this.target(this.rest)) || this.current();
    const selected = this.env.selectedPlaceId();
    // One move: the re-framed camera, nudged to keep the selected place in view.
    const nudged = selected ? this.nudged(selected, base) : null;
    if (reframe || nudged) this.move(nudged ?? base, resized ? 'jump' : 'ease');
  }

  private size(): Size {
    const el = this.map.getContainer();
    return { width: el.clientWidth, height: el.clientHeight };
  }

  private covered(): Padding {
    return coveredEdges(this.env.occluders());
  }

  private target(rest: Framing): Camera | null {
    const size = this.size();
    const covered = this.covered();
    switch (rest.kind) {
      case 'fit':
        return fitChina(size, covered, this.env.inset(size, covered));
      case 'view':
        return { center: [rest.view.lon, rest.view.lat], zoom: rest.view.zoom };
      case 'place': {
        const anchor = this.env.anchorOf(rest.placeId);
        if (!anchor) return null;
        const zoom = Math.max(this.map.getZoom(), PLACE_ZOOM);
        return centreOn(anchor, zoom, covered);
      }
    }
  }

  private frame(how: 'jump' | 'ease' | 'fly') {
    const camera = this.target(this.rest);
    if (camera) this.move(camera, how);
  }

  private move(camera: Camera, how: 'jump' | 'ease' | 'fly') {
    const options = { center: camera.center, zoom: camera.zoom };
    if (how === 'jump' || this.env.reducedMotion()) this.map.jumpTo(options);
    else if (how === 'fly') this.map.flyTo({ ...options, duration: FLIGHT_MS, essential: false });
    else this.map.easeTo({ ...options, duration: EASE_MS });
  }

  private current(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
  }

  /** Eases a place into the free part of the map if it is near a covered edge. */
  private keepInView(placeId: string, instant: boolean) {
    // A flight to this place is under way: easing now would cancel it.
    if (this.map.isMoving() && this.rest.kind === 'place' && this.rest.placeId === placeId) return;
    const camera = this.nudged(placeId, this.current());
    if (camera) this.move(camera, instant ? 'jump' : 'ease');
  }

  /** The smallest pan of `camera` that brings the place into the free part of the map (so as much of
   * China as possible stays in view), at the same zoom; null if it is already there. */
  private nudged(placeId: string, camera: Camera): Camera | null {
    const anchor = this.env.anchorOf(placeId);
    if (!anchor) return null;
    const size = this.size();
    const { x, y } = project(anchor, camera, size);
    const box = freeBox(size, this.covered(), SAFE_MARGIN);
    const dx = x - clampInto(x, box.x0, box.x1);
    const dy = y - clampInto(y, box.y0, box.y1);
    if (dx === 0 && dy === 0) return null;
    const centre = project(camera.center, camera, size);
    return { center: unproject([centre.x + dx, centre.y + dy], camera, size), zoom: camera.zoom };
  }
}

/** `v` moved into [lo, hi]; the middle when the range is too small to hold it. */
const clampInto = (v: number, lo: number, hi: number) =>
  lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, v));
