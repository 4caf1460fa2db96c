// Data as a JSON file instead of JavaScript (site build only): a virtual module whose top-level await
// fetches the file emitted beside the chunks, plus the <link rel="preload"> that starts the download
// with the HTML, in parallel with the JavaScript. JSON.parse is far cheaper than compiling the same
// object literal as code, and the data no longer counts as JavaScript. Its importers still get the
// data synchronously (the module graph waits for the await). The offline single file cannot fetch from
// file://, so there (and in the dev server and the tests) the plugins inline the data instead.
import { createHash } from 'node:crypto';
import type { HtmlTagDescriptor } from 'vite';

/** `assets/<name>-<hash>.json` for this content. */
export function jsonAssetName(name: string, json: string): string {
  return `assets/${name}-${createHash('sha256').update(json).digest('hex').slice(0, 8)}.json`;
}

/** The module text: fetches `fileName` (under assets/, where the chunk sits) and exports `exports`. */
export function fetchJsonModule(fileName: string, exports: string): string {
  // A variable, not a literal, in `new URL`, so Vite's asset plugin leaves the URL alone.
  return [
    `const file = ${JSON.stringify(fileName.slice('assets/'.length))};`,
    `const response = await fetch(new URL(file, import.meta.url));`,
    `if (!response.ok) throw new Error('cannot load ' + file + ': ' + response.status);`,
    `const data = await response.json();`,
    exports,
  ].join('\n');
}

export const preloadTag = (fileName: string): HtmlTagDescriptor => ({
  tag: 'link',
  attrs: { rel: 'preload', href: `./${fileName}`, as: 'fetch', crossorigin: '' },
  injectTo: 'head',
});

/** True for the site build (not the dev server, the tests or the single file). */
export const isSiteBuild = (config: { command: string; define?: Record<string, unknown> }) =>
  config.command === 'build' && config.define?.__ICV_SINGLE_FILE__ !== 'true';
