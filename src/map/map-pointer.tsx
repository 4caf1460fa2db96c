// Pointer interaction with the map: hover (tooltip, cursor, hovered place in the store) and click
// (select; on a cluster of places too close to click apart, a chooser). Hit-tested on the CPU against
// exactly what the layer model draws (hit-test.ts).
import { useEffect, useRef, useState } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { useAtlas } from '../data/atlas-context';
import { useLang, useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { fill } from '../i18n';
import { ClusterChooser } from './cluster-chooser';
import { hitTest } from './hit-test';
import { useMapHandle } from './map-context';
import { tooltipContent } from './tooltip';
import type { LayerModel } from './use-layer-model';

/** Pick tolerance (px) around a click or tap. */
const CLICK_RADIUS = 4;

type Targets = Pick<LayerModel, 'drawn' | 'labels'>;
type Tip =
  { x: number; y: number; placeId: string; ids?: undefined } | { x: number; y: number; ids: string[] };

export function MapPointer({ drawn, labels }: Targets) {
  const { map } = useMapHandle();
  const [tip, setTip] = useState<Tip | null>(null);
  const [chooser, setChooser] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  // What the handlers (registered once per map) hit-test against, kept current without re-registering.
  const targets = useRef({ drawn, labels });
  useEffect(() => {
    targets.current = { drawn, labels };
  }, [drawn, labels]);

  useEffect(() => {
    const hitAt = (point: { x: number; y: number }) => {
      const t = targets.current;
      return hitTest(t.drawn, (ll) => map.project(ll), point, {
        tolerance: CLICK_RADIUS,
        placement: t.labels.placement,
      });
    };
    const placeAt = (point: { x: number; y: number }) => hitAt(point)?.place?.place;
    const hover = (id: string | null) => {
      const store = useAppStore.getState();
      if (store.hoveredPlaceId !== id) store.hoverPlace(id);
      if (id) map.getCanvasContainer().dataset.hover = 'true';
      else delete map.getCanvasContainer().dataset.hover;
    };
    const onClick = (e: MapMouseEvent) => {
      if (e.originalEvent.shiftKey) return; // a comparison pick (onUp)
      const hit = hitAt(e.point);
      if (hit?.cluster) {
        setTip(null);
        setChooser({ x: e.point.x, y: e.point.y, ids: hit.cluster.members });
        return;
      }
      setChooser(null);
      if (hit) useAppStore.getState().selectPlace(hit.place.place.id);
    };
    // Shift-click adds the place to the comparison (starting from the selected place, if any). Read
    // from the DOM's press and release: MapLibre's box zoom takes shift-presses and swallows the click.
    const container = map.getCanvasContainer();
    let shiftDown: { x: number; y: number } | null = null;
    const onDown = (e: MouseEvent) => {
      shiftDown = e.shiftKey && e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onUp = (e: MouseEvent) => {
      const start = shiftDown;
      shiftDown = null;
      if (!start || !e.shiftKey || Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_RADIUS)
        return;
      const rect = map.getCanvas().getBoundingClientRect();
      const place = placeAt({ x: e.clientX - rect.left, y: e.clientY - rect.top });
      if (!place) return;
      const store = useAppStore.getState();
      const sel = store.selectedPlaceId;
      if (store.compare.length === 0 && sel && sel !== place.id) store.addToCompare(sel);
      store.addToCompare(place.id);
    };
    container.addEventListener('mousedown', onDown);
    window.addEventListener('mouseup', onUp);
    const onMove = (e: MapMouseEvent) => {
      const hit = hitAt(e.point);
      hover(hit?.place?.place.id ?? null);
      if (hit?.cluster) map.getCanvasContainer().dataset.hover = 'true';
      setTip(
        hit?.place
          ? { x: e.point.x, y: e.point.y, placeId: hit.place.place.id }
          : hit?.cluster
            ? { x: e.point.x, y: e.point.y, ids: hit.cluster.members }
            : null,
      );
    };
    const onOut = () => {
      hover(null);
      setTip(null);
    };
    const onMoveStart = (e: { originalEvent?: unknown }) => {
      setTip(null);
      // The user moving the map closes the chooser; our own camera moves (a panel opening) do not.
      if (e.originalEvent) setChooser(null);
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('movestart', onMoveStart);
    return () => {
      container.removeEventListener('mousedown', onDown);
      window.removeEventListener('mouseup', onUp);
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('movestart', onMoveStart);
    };
  }, [map]);

  const close = () => {
    setChooser(null);
    map.getCanvas().focus();
  };
  const size = { width: map.getContainer().clientWidth, height: map.getContainer().clientHeight };
  return (
    <>
      {tip && !chooser && tip.ids && <ClusterTooltip ids={tip.ids} x={tip.x} y={tip.y} />}
      {tip && !chooser && !tip.ids && <MapTooltip placeId={tip.placeId} x={tip.x} y={tip.y} />}
      {chooser && (
        <ClusterChooser
          ids={chooser.ids}
          x={chooser.x}
          y={chooser.y}
          bounds={size}
          onChoose={(id) => {
            setChooser(null);
            useAppStore.getState().selectPlace(id);
          }}
          onClose={close}
        />
      )}
    </>
  );
}

function ClusterTooltip({ ids, x, y }: { ids: string[]; x: number; y: number }) {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  return (
    <div className="atlas-tooltip map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      <strong>{fill(m.map.clusterHint, { count: ids.length })}</strong>
      <ul>
        {ids.map((id) => (
          <li key={id}>{atlas.placeById.get(id)?.name[lang] ?? id}</li>
        ))}
      </ul>
    </div>
  );
}

function MapTooltip({ placeId, x, y }: { placeId: string; x: number; y: number }) {
  const atlas = useAtlas();
  const m = useMessages();
  const lang = useLang();
  const place = atlas.placeById.get(placeId);
  if (!place) return null;
  const c = tooltipContent(place, m, lang);
  return (
    <div className="atlas-tooltip map-tooltip" role="tooltip" style={{ left: x + 14, top: y + 14 }}>
      {/* 中文 shows the Chinese name alone; EN adds it beside the English, as the panels do. */}
      <strong>
        {lang === 'zh' ? (
          c.name.zh
        ) : (
          <>
            {c.name.en} <span lang="zh-Hans">{c.name.zh}</span>
          </>
        )}
      </strong>
      <div className="tt-kind">
        {c.kind} · {c.province}
      </div>
      <ul>
        {c.designations.map((d, i) => (
          <li key={i}>
            <span className={`tt-swatch tt-${d.layer}`} />
            {d.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
