import { describe, expect, it } from 'vitest';
import { stripWgsl } from '../../scripts/strip-webgpu-shaders.ts';

describe('stripWgsl', () => {
  it('empties the template literals tagged /* wgsl */ and keeps GLSL and other code', () => {
    const code = [
      'const vs = /* glsl */ `#version 300 es\nvoid main() {}`;',
      'const source = /* wgsl */ `@vertex fn main() -> @builtin(position) vec4<f32> { ${x} }`;',
      'export const m = { name: "project", vs, source };',
    ].join('\n');
    const out = stripWgsl('/x/node_modules/@deck.gl/core/dist/project.js', code);
    expect(out).toContain('#version 300 es');
    expect(out).not.toContain('@vertex');
    expect(out).toContain('const source = /* wgsl */ ``;');
    expect(out).toContain('export const m = { name: "project", vs, source };');
  });

  it('empties every template literal of a .wgsl.js file, nested ones with their parent', () => {
    const code =
      'const a = `struct U { x: f32 }`;\nexport const f = (c) => `${c ? `@group(0)` : ""} fn x() {}`;';
    const out = stripWgsl('/x/node_modules/@deck.gl/layers/dist/a.wgsl.js', code);
    expect(out).toBe('const a = ``;\nexport const f = (c) => ``;');
  });
});
