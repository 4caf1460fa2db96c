// The map without WebGL (none at all, an error, a lost context): the same SVG renderer as the export
// and the first paint, drawn from the store's state (layers, metric, filter, year, selection, language,
// theme) at the camera the WebGL map would have on its first view (China in the free part of the map),
// so the page keeps a map to click, not only a list. A click on a place selects it.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useAtlas } from '../data/atlas-context';
import { THEME_TOKENS } from '../design/encoding';
import { vectorMap } from '../export/map-scene';
import { PrimElements } from '../export/svg-react';
import { exportStateOf, type ExportState } from '../export/view-model';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { basemapThemeOf } from './basemap/basemap-theme';
import { svgBasemap } from './basemap/basemap';
import { coveredEdges, fitChina, project, type Size } from './camera-fit';
import { insetBox } from './camera-driver';
import { placeAt, retireFirstPaint } from './first-paint';
import { LABEL_FONT } from './layers/label-style';

export const SvgMap = memo(function SvgMap() {
  const m = useMessages();
  const atlas = useAtlas();
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  // The part of the store the renderer reads, as one value (a new string only when it changes).
  const stKey = useAppStore((s) => JSON.stringify(exportStateOf(s)));
  const occluders = useAppStore((s) => s.occluders);
  const insetSize = useAppStore((s) => s.insetSize);
  const theme = useAppStore((s) => s.theme);
  const selectPlace = useAppStore((s) => s.selectPlace);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    // Drawn in place of the first paint, at the same framing: it has nothing left to show.
    retireFirstPaint();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const prims = useMemo(() => {
    if (!size || size.width === 0 || size.height === 0) return [];
    const covered = coveredEdges(occluders);
    const camera = fitChina(size, covered, insetBox(size, covered, insetSize));
    if (!camera) return [];
    const toPx = (ll: readonly number[]): [number, number] => {
      const p = project([ll[0]!, ll[1]!], camera, size);
      return [p.x, p.y];
    };
    return vectorMap(
      atlas,
      svgBasemap(basemapThemeOf(THEME_TOKENS[theme])),
      JSON.parse(stKey) as ExportState,
      camera.zoom,
      { k: 1, project: toPx },
      { x: 0, y: 0, w: size.width, h: size.height },
    );
  }, [atlas, size, occluders, insetSize, theme, stKey]);

  return (
    <div
      ref={ref}
      className="svg-map"
      data-testid="svg-map"
      onClick={(e) => {
        const svg = e.currentTarget.querySelector('svg');
        const id = svg && placeAt(svg, e.clientX, e.clientY);
        if (id) selectPlace(id);
      }}
    >
      {size && (
        <svg
          width={size.width}
          height={size.height}
          viewBox={`0 0 ${size.width} ${size.height}`}
          role="img"
          aria-label={m.map.label}
          fontFamily={LABEL_FONT}
        >
          <PrimElements prims={prims} inheritedFamily={LABEL_FONT} />
        </svg>
      )}
    </div>
  );
});
