// The South China Sea islands inset (南海诸岛), as printed maps of China carry it: the main view frames
// the mainland, and this small static map shows the islands the basemap data holds. It is plain SVG
// (no second WebGL map), so it costs next to nothing at start-up.
import { memo, useEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../store';
import { useMessages } from '../i18n/use-messages';
import { chinaRegions, ISLAND_POINTS, WORLD } from './basemap/basemap';
import { INSET_BOUNDS, INSET_WIDTH as WIDTH, insetPaths, type InsetPaths } from './inset-paths';

export { INSET_BOUNDS };

function InsetSvg({ paths }: { paths: InsetPaths }) {
  return (
    <svg
      viewBox={`0 0 ${paths.width} ${paths.height}`}
      width={paths.width}
      height={paths.height}
      className="scs-inset-map"
      aria-hidden="true"
    >
      <rect width={paths.width} height={paths.height} className="inset-sea" />
      <path d={paths.world} className="inset-other-land" />
      <path d={paths.china} className="inset-region" />
      {paths.islands.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={2.2} className="inset-island" />
      ))}
    </svg>
  );
}

export const SouthChinaSeaInset = memo(function SouthChinaSeaInset() {
  const m = useMessages();
  const paths = useMemo(() => insetPaths(INSET_BOUNDS, WIDTH, chinaRegions(), WORLD, ISLAND_POINTS), []);
  const ref = useRef<HTMLElement>(null);
  // The camera keeps China clear of the inset, so it needs the inset's drawn size.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const setSize = useAppStore.getState().setInsetSize;
    const observer = new ResizeObserver(() =>
      setSize(el.offsetWidth ? { width: el.offsetWidth, height: el.offsetHeight } : null),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      setSize(null);
    };
  }, []);
  return (
    <figure ref={ref} className="scs-inset" aria-label={m.map.insetLabel}>
      <InsetSvg paths={paths} />
      <figcaption>{m.map.insetCaption}</figcaption>
    </figure>
  );
});
