import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspPolicy, inlineScripts, withCsp } from '../../scripts/csp-plugin';

const PAGE = `<!doctype html>
<html><head>
<meta charset="UTF-8" />
<title>t</title>
<script type="module" src="./assets/index.js"></script>
<script type="module">const s = "<script>"; run(s)</script>
<script type="application/json">{"a":1}</script>
</head><body><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></body></html>`;

describe('the CSP plugin', () => {
  test('hashes exactly the inline scripts that run (not src scripts, not data blocks)', () => {
    expect(inlineScripts(PAGE)).toEqual(['const s = "<script>"; run(s)']);
    const html = withCsp(PAGE);
    const hash = createHash('sha256').update('const s = "<script>"; run(s)').digest('base64');
    expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
  });
  test('puts the policy right after <meta charset>, before any script, once', () => {
    const html = withCsp(withCsp(PAGE));
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });
  test('allows no eval and no remote origin', () => {
    const policy = cspPolicy(['sha256-abc=']);
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("worker-src 'self' blob:");
  });
});
