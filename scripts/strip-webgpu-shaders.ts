// Vite plugin: empties deck.gl's and luma.gl's WebGPU shader sources in the build. The atlas only ever
// creates a WebGL2 device, and luma.gl's Model reads a layer's WGSL `source` only on WebGPU (it
// compiles the GLSL `vs` / `fs` on WebGL), so this shader text (≈ 15 KB gzip) was downloaded and
// parsed before the first map for nothing. What is WGSL is what the libraries mark as such: every
// template literal in deck.gl's `*.wgsl.js` files, and any template literal tagged `/* wgsl */`. They
// become empty strings; the code around them is kept, so the modules' exports are unchanged.
import { parseSync, type Plugin } from 'vite';

const LIBRARY = /[\\/]node_modules[\\/]@(deck|luma)\.gl[\\/][^?]*\.js$/;
const WGSL_FILE = /\.wgsl\.js$/;
const WGSL_TAG = /\/\*\s*wgsl\s*\*\/\s*$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** The outermost template literals' [start, end) in `code` (all, or only those tagged `/* wgsl *\/`). */
export function wgslTemplates(file: string, code: string, all: boolean): [number, number][] {
  const found: [number, number][] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (
      node.type === 'TemplateLiteral' &&
      (all || WGSL_TAG.test(code.slice(Math.max(0, node.start - 24), node.start)))
    ) {
      found.push([node.start, node.end]);
      return;
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(parseSync(file, code).program);
  return found;
}

export function stripWgsl(file: string, code: string): string {
  const all = WGSL_FILE.test(file);
  if (!all && !code.includes('wgsl')) return code;
  let out = code;
  for (const [start, end] of wgslTemplates(file, code, all).sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + '``' + out.slice(end);
  return out;
}

export function stripWebGpuShaders(): Plugin {
  return {
    name: 'icv-atlas-strip-webgpu-shaders',
    apply: 'build',
    transform(code, id) {
      if (!LIBRARY.test(id)) return undefined;
      const out = stripWgsl(id, code);
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
