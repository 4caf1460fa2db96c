// The map by keyboard: the map's canvas (focusable, MapLibre's) is named and described; on it the
// arrow keys move a keyboard focus between the places on screen (the nearest one in that direction,
// from their projected positions), Enter or Space selects the focused place, Esc drops the focus. The
// focused place is kept in the store (keyboardPlaceId), ringed here in the focus colour and announced
// by the live announcer. Where no place lies that way, the key falls through to MapLibre, which pans.
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { coveredEdges, freeBox } from './camera-fit';
import { ARROW_DIRECTIONS, nearestInDirection, nearestTo, placesOnScreen } from './keyboard-nav';
import type { PlaceSymbol } from './layers/place-geometry';
import { useMapHandle } from './map-context';

const HINT_ID = 'map-keys-hint';
/** Gap (px) between a place's outer ring and the keyboard focus ring. */
const RING_GAP = 5;

export function MapKeyboard({ drawn }: { drawn: readonly PlaceSymbol[] }) {
  const { map } = useMapHandle();
  const m = useMessages();
  const focusedId = useAppStore((s) => s.keyboardPlaceId);
  // The symbols drawn now, for the handlers registered once per map.
  const drawnRef = useRef(drawn);
  useEffect(() => {
    drawnRef.current = drawn;
  }, [drawn]);

  useEffect(() => {
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', m.map.canvasLabel);
    canvas.setAttribute('aria-roledescription', m.map.roleDescription);
    canvas.setAttribute('aria-describedby', HINT_ID);
  }, [map, m]);

  useEffect(() => {
    const canvas = map.getCanvas();
    // The place focused last, so focus coming back to the map (a closed panel) resumes there.
    let last: string | null = null;
    const onScreen = () => {
      const st = useAppStore.getState();
      const box = freeBox(
        { width: canvas.clientWidth, height: canvas.clientHeight },
        coveredEdges(st.occluders),
        0,
      );
      const points = drawnRef.current.map((s) => ({ id: s.place.id, ...map.project(s.place.anchor) }));
      return { box, places: placesOnScreen(points, box) };
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const st = useAppStore.getState();
      if (st.tour && !st.paused) return; // a presenter's keys belong to the tour
      const direction = ARROW_DIRECTIONS[e.key];
      if (direction && !e.shiftKey) {
        const { box, places } = onScreen();
        const from = places.find((p) => p.id === st.keyboardPlaceId);
        // The first arrow starts at the selected place if it is on screen, else nearest the centre.
        const start = places.find((p) => p.id === st.selectedPlaceId)?.id;
        const centre = { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
        const next = from
          ? nearestInDirection(from, places, direction, from.id)
          : (start ?? nearestTo(centre, places));
        if (!next) return;
        e.preventDefault();
        e.stopPropagation(); // MapLibre's keyboard handler (on the canvas's container) would pan
        last = next;
        st.focusPlaceByKeyboard(next);
      } else if ((e.key === 'Enter' || e.key === ' ') && st.keyboardPlaceId) {
        e.preventDefault();
        e.stopPropagation();
        st.selectPlace(st.keyboardPlaceId);
      } else if (e.key === 'Escape' && st.keyboardPlaceId && !st.selectedPlaceId) {
        last = null;
        st.focusPlaceByKeyboard(null);
      }
    };
    const onFocus = () => {
      // Back from a panel (keyboard): ring the place again. A click on the map is not keyboard focus.
      if (last && canvas.matches(':focus-visible') && onScreen().places.some((p) => p.id === last))
        useAppStore.getState().focusPlaceByKeyboard(last);
    };
    const onBlur = () => useAppStore.getState().focusPlaceByKeyboard(null);
    canvas.addEventListener('keydown', onKey);
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    return () => {
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
    };
  }, [map]);

  return (
    <>
      <p id={HINT_ID} hidden>
        {m.map.keysHint}
      </p>
      {focusedId && <FocusRing placeId={focusedId} drawn={drawn} />}
    </>
  );
}

/** The keyboard focus ring around a place, following the map as it moves. */
function FocusRing({ placeId, drawn }: { placeId: string; drawn: readonly PlaceSymbol[] }) {
  const { map } = useMapHandle();
  const symbol = drawn.find((s) => s.place.id === placeId);
  const [, setFrame] = useState(0);
  useEffect(() => {
    const redraw = () => setFrame((n) => n + 1);
    map.on('move', redraw);
    return () => {
      map.off('move', redraw);
    };
  }, [map]);
  if (!symbol) return null;
  const { x, y } = map.project(symbol.place.anchor);
  const size = 2 * (symbol.outer + RING_GAP);
  return (
    <div
      className="map-keyboard-focus"
      aria-hidden="true"
      data-testid="map-keyboard-focus"
      data-place-id={placeId}
      style={{ left: x, top: y, width: size, height: size }}
    />
  );
}
