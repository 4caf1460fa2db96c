// A tour in a link, so it opens anywhere with no server: the tour file's JSON, compressed with the
// browser's CompressionStream (deflate-raw) where there is one, in base64url, as ?tourdata=. A prefix
// says which: "z." compressed, "j." plain. Decoding is bounded (a link cannot inflate to more than a
// tour file may hold) and never throws: a bad link gives null and the caller says so.
import type { Tour } from '../types';
import { MAX_TOUR_FILE_CHARS, TOUR_FILE_FORMAT, TOUR_FILE_VERSION } from './tour-file';

export const TOURDATA_KEY = 'tourdata';
/** The longest ?tourdata= value read (browsers and servers cope with links of a few tens of kB). */
export const MAX_TOURDATA_CHARS = 60_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const canCompress = () =>
  typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** Reads a stream to its end, or null past `limit` bytes (a link that would inflate without end). */
async function readBounded(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const pipe = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  }).pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);

/** The ?tourdata= value of a tour. */
export async function encodeTourData(tour: Tour): Promise<string> {
  const json = JSON.stringify({ format: TOUR_FILE_FORMAT, version: TOUR_FILE_VERSION, tour });
  const bytes = new TextEncoder().encode(json);
  if (canCompress()) {
    try {
      const packed = await readBounded(pipe(bytes, new CompressionStream('deflate-raw')), Infinity);
      if (packed) return `z.${toBase64Url(packed)}`;
    } catch {
      // A browser without deflate-raw: the plain form below.
    }
  }
  return `j.${toBase64Url(bytes)}`;
}

/** The tour file's text held by a ?tourdata= value, or null if it cannot be read. */
export async function decodeTourData(value: string): Promise<string | null> {
  if (value.length > MAX_TOURDATA_CHARS) return null;
  const kind = value.slice(0, 2);
  const bytes = fromBase64Url(value.slice(2));
  if (!bytes) return null;
  let raw: Uint8Array | null = bytes;
  if (kind === 'z.') {
    if (!canCompress()) return null;
    try {
      raw = await readBounded(pipe(bytes, new DecompressionStream('deflate-raw')), MAX_TOUR_FILE_CHARS * 4);
    } catch {
      return null;
    }
  } else if (kind !== 'j.') return null;
  if (!raw) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

/** The link that opens the tour: this page's address (http(s) or file://) with only ?tourdata=. */
export function shareUrl(pageHref: string, data: string): string {
  return `${pageHref.split(/[?#]/)[0]}?${TOURDATA_KEY}=${data}`;
}
