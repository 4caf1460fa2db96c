// Primitives → a 2D canvas (the PNG). The map box's raster is the map's own pixels.
import { SLIDE_FONT, type Paint, type Prim } from './scene';
import type { Measure } from './wrap';

const css = (p: Paint) => {
  if (p.a === undefined || p.a >= 1) return p.c;
  const v = parseInt(p.c.slice(1), 16);
  return `rgba(${(v >> 16) & 255}, ${(v >> 8) & 255}, ${v & 255}, ${p.a})`;
};
const font = (size: number, weight = 400, family = SLIDE_FONT) => `${weight} ${size}px ${family}`;

/** Text widths as the canvas will draw them. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, size, weight) => {
    ctx.font = font(size, weight);
    return ctx.measureText(text).width;
  };
}

export function paintScene(
  ctx: CanvasRenderingContext2D,
  scene: readonly Prim[],
  map: CanvasImageSource | null,
) {
  const stroke = (p: { stroke?: Paint; sw?: number }) => {
    if (!p.stroke) return;
    ctx.strokeStyle = css(p.stroke);
    ctx.lineWidth = p.sw ?? 1;
    ctx.stroke();
  };
  const draw = (p: Prim) => {
    switch (p.t) {
      case 'rect':
        ctx.beginPath();
        ctx.rect(p.x, p.y, p.w, p.h);
        if (p.fill) {
          ctx.fillStyle = css(p.fill);
          ctx.fill();
        }
        stroke(p);
        return;
      case 'circle':
        ctx.beginPath();
        ctx.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
        if (p.fill) {
          ctx.fillStyle = css(p.fill);
          ctx.fill();
        }
        stroke(p);
        return;
      case 'path': {
        if (!p.d) return;
        const path = new Path2D(p.d);
        if (p.fill) {
          ctx.fillStyle = css(p.fill);
          ctx.fill(path);
        }
        if (p.stroke) {
          ctx.strokeStyle = css(p.stroke);
          ctx.lineWidth = p.sw ?? 1;
          ctx.lineJoin = 'round';
          ctx.stroke(path);
        }
        return;
      }
      case 'text':
        ctx.font = font(p.size, p.weight, p.family);
        ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
        ctx.textBaseline = p.middle ? 'middle' : 'alphabetic';
        if (p.halo) {
          ctx.strokeStyle = css(p.halo);
          ctx.lineWidth = p.haloWidth ?? 3;
          ctx.lineJoin = 'round';
          ctx.strokeText(p.text, p.x, p.y);
        }
        ctx.fillStyle = css(p.fill);
        ctx.fillText(p.text, p.x, p.y);
        return;
      case 'group':
        ctx.save();
        if (p.clip) {
          ctx.beginPath();
          ctx.rect(p.clip.x, p.clip.y, p.clip.w, p.clip.h);
          ctx.clip();
        }
        p.children.forEach(draw);
        ctx.restore();
        return;
      case 'raster':
        if (map) {
          ctx.imageSmoothingEnabled = true;
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(map, p.fit.x, p.fit.y, p.fit.w, p.fit.h);
        }
        return;
      case 'qr': {
        const size = p.cell * (p.modules.length + 8);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(p.x, p.y, size, size);
        ctx.fillStyle = '#000000';
        p.modules.forEach((row, r) =>
          row.forEach((dark, c) => {
            if (dark) ctx.fillRect(p.x + (c + 4) * p.cell, p.y + (r + 4) * p.cell, p.cell, p.cell);
          }),
        );
        return;
      }
    }
  };
  scene.forEach(draw);
}
