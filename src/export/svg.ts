// Primitives → an SVG document (string). Pure; used for the vector export and its tests.
import { SLIDE_FONT, type Paint, type Prim } from './scene';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);

function paintAttrs(kind: 'fill' | 'stroke', p: Paint | undefined): string {
  if (!p) return ` ${kind}="none"`;
  return ` ${kind}="${p.c}"${p.a !== undefined && p.a < 1 ? ` ${kind}-opacity="${n(p.a)}"` : ''}`;
}

/** Primitives → SVG elements (the body) and the definitions they refer to (clip paths named
 * `<idPrefix>clip<n>`). Shared by the export's document and the map drawn into the page. */
export function svgElements(
  scene: readonly Prim[],
  idPrefix = '',
  /** A font family the enclosing element already sets: texts in it do not repeat it. */
  inheritedFamily?: string,
): { body: string; defs: string[] } {
  const defs: string[] = [];
  let clipId = 0;
  const render = (p: Prim): string => {
    switch (p.t) {
      case 'rect':
        return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${paintAttrs('fill', p.fill)}${p.stroke ? `${paintAttrs('stroke', p.stroke)} stroke-width="${n(p.sw ?? 1)}"` : ''}/>`;
      case 'circle':
        return `<circle cx="${n(p.cx)}" cy="${n(p.cy)}" r="${n(p.r)}"${paintAttrs('fill', p.fill)}${p.stroke ? `${paintAttrs('stroke', p.stroke)} stroke-width="${n(p.sw ?? 1)}"` : ''}/>`;
      case 'path':
        return p.d
          ? `<path d="${p.d}"${paintAttrs('fill', p.fill)}${p.stroke ? `${paintAttrs('stroke', p.stroke)} stroke-width="${n(p.sw ?? 1)}" stroke-linejoin="round"` : ''}/>`
          : '';
      case 'text': {
        const anchor = p.anchor && p.anchor !== 'start' ? ` text-anchor="${p.anchor}"` : '';
        const base = p.middle ? ' dominant-baseline="central"' : '';
        const halo = p.halo
          ? `${paintAttrs('stroke', p.halo)} stroke-width="${n(p.haloWidth ?? 3)}" stroke-linejoin="round" paint-order="stroke"`
          : '';
        return `<text x="${n(p.x)}" y="${n(p.y)}" font-size="${n(p.size)}"${p.weight ? ` font-weight="${p.weight}"` : ''}${p.family && p.family !== inheritedFamily ? ` font-family="${esc(p.family)}"` : ''}${anchor}${base}${paintAttrs('fill', p.fill)}${halo}>${esc(p.text)}</text>`;
      }
      case 'group': {
        let clip = '';
        if (p.clip) {
          const id = `${idPrefix}clip${++clipId}`;
          defs.push(
            `<clipPath id="${id}"><rect x="${n(p.clip.x)}" y="${n(p.clip.y)}" width="${n(p.clip.w)}" height="${n(p.clip.h)}"/></clipPath>`,
          );
          clip = ` clip-path="url(#${id})"`;
        }
        const attrs = Object.entries(p.attrs ?? {})
          .map(([k, v]) => ` ${k}="${esc(v)}"`)
          .join('');
        return `<g${attrs}${clip}>${p.children.map(render).join('')}</g>`;
      }
      case 'raster':
        return '';
      case 'qr': {
        const size = p.cell * (p.modules.length + 8);
        // One path of horizontal runs of dark modules, after a white quiet zone.
        let d = '';
        p.modules.forEach((row, r) => {
          for (let c = 0; c < row.length;) {
            if (!row[c]) {
              c++;
              continue;
            }
            const start = c;
            while (c < row.length && row[c]) c++;
            d += `M${n(p.x + (start + 4) * p.cell)},${n(p.y + (r + 4) * p.cell)}h${n((c - start) * p.cell)}v${n(p.cell)}h${n(-(c - start) * p.cell)}Z`;
          }
        });
        return `<g class="qr"><rect x="${n(p.x)}" y="${n(p.y)}" width="${n(size)}" height="${n(size)}" fill="#ffffff"/><path d="${d}" fill="#000000" shape-rendering="crispEdges"/></g>`;
      }
    }
  };
  return { body: scene.map(render).join('\n'), defs };
}

export function sceneToSvg(scene: readonly Prim[], width: number, height: number, title: string): string {
  const { body, defs } = svgElements(scene);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(SLIDE_FONT)}">`,
    `<title>${esc(title)}</title>`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    body,
    '</svg>',
    '',
  ].join('\n');
}
