// The analysis drawer: four views of the same store (rankings, scenario matrix, national context, data
// table) in a drawer over the bottom of the map, resizable by its top edge (mouse or keyboard), so the
// map is never hidden entirely. Loaded on first use (app.tsx). It registers as an occluder, so the
// camera keeps China in the part of the map above it.
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useOccluder } from '../layout/occluder';
import { useStageHeight } from '../layout/use-stage-height';
import { useAppStore } from '../store';
import { ANALYSIS_VIEWS, type AnalysisView } from '../store/slices';
import { ContextView } from './context-view';
import { MatrixView } from './matrix-view';
import { RankingsView } from './rankings-view';
import { TableView } from './table-view';

/** Default height: a share of the map's height; the map keeps at least MAP_KEEP px above the drawer. */
const DEFAULT_SHARE = 0.45;
const MIN_HEIGHT = 140;
const MAP_KEEP = 120;
const KEY_STEP = 40;
/** Each view's title (h2, tabIndex -1): focused when the drawer opens. */
const TITLE_ID = 'analysis-view-title';

const VIEWS: Record<AnalysisView, (p: { titleId: string }) => ReactNode> = {
  rankings: RankingsView,
  matrix: MatrixView,
  context: ContextView,
  table: TableView,
};

export function AnalysisDrawer() {
  const m = useMessages();
  const view = useAppStore((s) => s.analysis);
  const setAnalysis = useAppStore((s) => s.setAnalysis);
  const ref = useRef<HTMLElement>(null);
  const tabRefs = useRef<Partial<Record<AnalysisView, HTMLButtonElement | null>>>({});
  useOccluder('analysis', ref);
  // Height in px (local UI state: not part of a shared link). null until measured against the map.
  const [height, setHeight] = useState<number | null>(null);
  const stageHeight = useStageHeight(ref);
  const maxHeight = Math.max(MIN_HEIGHT, stageHeight - MAP_KEEP);
  const clamp = (h: number) => Math.round(Math.min(maxHeight, Math.max(MIN_HEIGHT, h)));
  const shown = stageHeight ? clamp(height ?? stageHeight * DEFAULT_SHARE) : undefined;

  // Focus goes to the view's title on open, and back to the opener (the top bar's button) on close.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  useEffect(() => document.getElementById(TITLE_ID)?.focus({ preventScroll: true }), []);

  // Esc closes the drawer when focus is in it (handled first, so the place panel stays open), or when
  // no place panel is open.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const inside = e.target instanceof Node && !!ref.current?.contains(e.target);
      // An open citation in the drawer closes first (its own handler, later in the event's path).
      if (ref.current?.querySelector('[data-testid="source-popover"]')) return;
      if (!inside && (useAppStore.getState().selectedPlaceId || e.target instanceof HTMLInputElement)) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      e.preventDefault();
      setAnalysis(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [setAnalysis]);

  const drag = useRef<{ startY: number; startH: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (shown === undefined) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startH: shown };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setHeight(clamp(drag.current.startH + drag.current.startY - e.clientY));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onHandleKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (shown === undefined) return;
    const next =
      e.key === 'ArrowUp'
        ? shown + KEY_STEP
        : e.key === 'ArrowDown'
          ? shown - KEY_STEP
          : e.key === 'Home'
            ? MIN_HEIGHT
            : e.key === 'End'
              ? maxHeight
              : null;
    if (next === null) return;
    e.preventDefault();
    setHeight(clamp(next));
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, current: AnalysisView) => {
    const i = ANALYSIS_VIEWS.indexOf(current);
    const n = ANALYSIS_VIEWS.length;
    const to =
      e.key === 'ArrowRight'
        ? ANALYSIS_VIEWS[(i + 1) % n]
        : e.key === 'ArrowLeft'
          ? ANALYSIS_VIEWS[(i + n - 1) % n]
          : null;
    if (!to) return;
    e.preventDefault();
    setAnalysis(to);
    tabRefs.current[to]?.focus();
  };

  if (!view) return null;
  const View = VIEWS[view];
  return (
    <section
      ref={ref}
      className="analysis-drawer"
      aria-label={m.analysis.title}
      style={shown !== undefined ? { height: shown } : undefined}
      data-testid="analysis-drawer"
    >
      <div
        className="drawer-handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label={m.analysis.resize}
        aria-valuemin={MIN_HEIGHT}
        aria-valuemax={maxHeight}
        aria-valuenow={shown ?? MIN_HEIGHT}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onHandleKey}
        data-testid="analysis-resize"
      >
        <span aria-hidden="true" />
      </div>
      <header className="drawer-head">
        <div className="drawer-tabs" role="tablist" aria-label={m.analysis.title}>
          {ANALYSIS_VIEWS.map((v) => (
            <button
              key={v}
              ref={(el) => {
                tabRefs.current[v] = el;
              }}
              type="button"
              role="tab"
              id={`analysis-tab-${v}`}
              aria-selected={v === view}
              aria-controls="analysis-tabpanel"
              tabIndex={v === view ? 0 : -1}
              className={v === view ? 'drawer-tab active' : 'drawer-tab'}
              onClick={() => setAnalysis(v)}
              onKeyDown={(e) => onTabKey(e, v)}
              data-testid={`analysis-tab-${v}`}
            >
              {m.analysis.tabs[v]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={() => setAnalysis(null)}
          aria-label={m.analysis.close}
          title={`${m.analysis.close} (Esc)`}
        >
          ×
        </button>
      </header>
      <div
        id="analysis-tabpanel"
        className="drawer-body"
        role="tabpanel"
        aria-labelledby={`analysis-tab-${view}`}
        data-testid="analysis-view"
        data-view={view}
      >
        <View titleId={TITLE_ID} />
      </div>
    </section>
  );
}
