// Content-Security-Policy for the built pages: a <meta http-equiv="Content-Security-Policy"> in every
// HTML file the build writes (the site's index.html and the offline single file).
//
// It runs in `writeBundle`, after every plugin's generateBundle (vite-plugin-singlefile inlines the
// scripts there), so it sees the final HTML whatever the plugin order; the inline scripts it finds
// are allowed by their sha256 hashes. Build only: the dev server injects its own inline scripts.
//
// Not expressible in a meta tag (set them as HTTP headers where the host allows): frame-ancestors,
// report-uri / report-to, sandbox.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The policy's directives; `scriptHashes` are added to script-src. */
export function cspPolicy(scriptHashes: readonly string[] = []): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes.map((h) => `'${h}'`)]],
    // MapLibre starts its worker from a blob: URL.
    ['worker-src', ["'self'", 'blob:']],
    // React style attributes and MapLibre's positioned elements are inline styles.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The text of each inline <script> (no src attribute), exactly as the HTML parser reads it. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  // A script's text ends at the first "</script" (the HTML parser's rule), whatever it contains.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/i.test(attrs)) continue;
    // JSON or other data blocks are not executed, so need no hash.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript')
      continue;
    out.push(m[2] ?? '');
  }
  return out;
}

export const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The page with its policy as the first element of <head> (before any script it governs). */
export function withCsp(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy(hashes)}" />`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
  // After <meta charset> if it opens the head (it must stay within the first 1024 bytes).
  const charset = /<meta charset=[^>]*>/i.exec(cleaned);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${cleaned.slice(0, at)}\n    ${meta}${cleaned.slice(at)}`;
  }
  return cleaned.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'icv-atlas-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(_options, bundle) {
        for (const name of Object.keys(bundle).filter((n) => n.endsWith('.html'))) {
          const file = join(outDir, name);
          await writeFile(file, withCsp(await readFile(file, 'utf8')));
        }
      },
    },
  };
}
