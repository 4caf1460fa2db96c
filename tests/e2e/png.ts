// Reading downloaded PNGs in end-to-end tests: size, colour count, and the QR code in them.
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export async function readPng(path: string): Promise<PNG> {
  return PNG.sync.read(await readFile(path));
}

/** Number of distinct RGB colours (a blank or failed render has a handful). */
export function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4)
    seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  return seen.size;
}

/** The text of the QR code in the image, if a QR reader finds one. */
export function decodeQr(png: PNG): string | null {
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
