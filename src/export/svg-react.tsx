// Primitives → React SVG elements: the map drawn into the page without WebGL. The same primitives
// as the export's string renderer (svg.ts), but as elements, so data text (place names) is never
// injected as markup.
import { Fragment, useId, type ReactNode } from 'react';
import type { Paint, Prim } from './scene';

const n = (v: number) => Math.round(v * 100) / 100;

interface PaintProps {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
}

function paint(kind: 'fill' | 'stroke', p: Paint | undefined): PaintProps {
  if (!p) return { [kind]: 'none' };
  const opacity = p.a !== undefined && p.a < 1 ? p.a : undefined;
  return kind === 'fill' ? { fill: p.c, fillOpacity: opacity } : { stroke: p.c, strokeOpacity: opacity };
}

const strokeOf = (p: { stroke?: Paint; sw?: number }) =>
  p.stroke ? { ...paint('stroke', p.stroke), strokeWidth: n(p.sw ?? 1) } : {};

/** Group attributes as the string renderer writes them (`class`, `data-*`), for React. */
const groupAttrs = (attrs: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k === 'class' ? 'className' : k, v]));

export function PrimElements({
  prims,
  inheritedFamily,
}: {
  prims: readonly Prim[];
  inheritedFamily?: string;
}) {
  const prefix = useId();
  let clipId = 0;
  const render = (p: Prim, key: number): ReactNode => {
    switch (p.t) {
      case 'rect':
        return (
          <rect
            key={key}
            x={n(p.x)}
            y={n(p.y)}
            width={n(p.w)}
            height={n(p.h)}
            {...paint('fill', p.fill)}
            {...strokeOf(p)}
          />
        );
      case 'circle':
        return (
          <circle
            key={key}
            cx={n(p.cx)}
            cy={n(p.cy)}
            r={n(p.r)}
            {...paint('fill', p.fill)}
            {...strokeOf(p)}
          />
        );
      case 'path':
        return p.d ? (
          <path
            key={key}
            d={p.d}
            {...paint('fill', p.fill)}
            {...strokeOf(p)}
            strokeLinejoin={p.stroke ? 'round' : undefined}
          />
        ) : null;
      case 'text':
        return (
          <text
            key={key}
            x={n(p.x)}
            y={n(p.y)}
            fontSize={n(p.size)}
            fontWeight={p.weight}
            fontFamily={p.family && p.family !== inheritedFamily ? p.family : undefined}
            textAnchor={p.anchor && p.anchor !== 'start' ? p.anchor : undefined}
            dominantBaseline={p.middle ? 'central' : undefined}
            {...paint('fill', p.fill)}
            {...(p.halo
              ? {
                  ...paint('stroke', p.halo),
                  strokeWidth: n(p.haloWidth ?? 3),
                  strokeLinejoin: 'round',
                  paintOrder: 'stroke',
                }
              : {})}
          >
            {p.text}
          </text>
        );
      case 'group': {
        const id = p.clip ? `${prefix}clip${++clipId}` : undefined;
        return (
          <Fragment key={key}>
            {p.clip && (
              <clipPath id={id}>
                <rect x={n(p.clip.x)} y={n(p.clip.y)} width={n(p.clip.w)} height={n(p.clip.h)} />
              </clipPath>
            )}
            <g {...groupAttrs(p.attrs)} clipPath={id ? `url(#${id})` : undefined}>
              {p.children.map(render)}
            </g>
          </Fragment>
        );
      }
      // Neither is drawn on the page's map (the raster is the export's WebGL pixels; QR codes are slides').
      case 'raster':
      case 'qr':
        return null;
    }
  };
  return <>{prims.map(render)}</>;
}
