// A slide as a flat list of drawing primitives, shared by the two outputs: the PNG paints them on a
// canvas (with the map's own pixels in the map box), the SVG writes them out (with the map drawn from
// the data). Layout is in slide units of a 1920 × 1080 frame; the 2× PNG scales the whole list.
import { THEME_TOKENS } from '../design/encoding';
import type { RGBA } from '../map/scales';

export const SLIDE = { width: 1920, height: 1080 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A colour and its opacity (hex + opacity rather than rgba(), which some slide tools do not read). */
export interface Paint {
  c: string;
  a?: number;
}

export type Prim =
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: Paint; stroke?: Paint; sw?: number }
  | { t: 'circle'; cx: number; cy: number; r: number; fill?: Paint; stroke?: Paint; sw?: number }
  | { t: 'path'; d: string; fill?: Paint; stroke?: Paint; sw?: number }
  | {
      t: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill: Paint;
      weight?: number;
      anchor?: 'start' | 'middle' | 'end';
      /** Vertical placement of y: the text's middle, or (default) its baseline. */
      middle?: boolean;
      halo?: Paint;
      haloWidth?: number;
      /** Font stack; the slide's UI font when absent. */
      family?: string;
    }
  | { t: 'group'; children: Prim[]; clip?: Box; attrs?: Record<string, string> }
  /** Where the PNG draws the map's pixels, fitted into `box` at `fit`. */
  | { t: 'raster'; box: Box; fit: Box }
  /** A QR code with its quiet zone, dark modules on white. */
  | { t: 'qr'; x: number; y: number; cell: number; modules: boolean[][] };

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');
export const paint = (c: RGBA | readonly number[]): Paint => ({
  c: `#${hex2(c[0]!)}${hex2(c[1]!)}${hex2(c[2]!)}`,
  a: Math.round(((c[3] ?? 255) / 255) * 1000) / 1000,
});
export const solid = (c: string): Paint => ({ c });

// Slides print in the light theme's ink (one definition: src/design/encoding.ts).
const UI = THEME_TOKENS.light.ui;
export const INK = solid(UI.ink);
export const INK_2 = solid(UI['ink-2']);
export const MUTED = solid(UI.muted);
export const LINE = solid(UI.line);
export const WHITE = solid('#ffffff');

/** Slide text: the UI's font stack, Latin first (CJK fonts draw Latin quotes and digits full-width). */
export const SLIDE_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
