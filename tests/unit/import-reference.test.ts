// @vitest-environment node
// The importer needs the reference fact sheet, which lives outside the repository: without it (or
// with a bad one) it must say what it needs and stop, before writing anything to geo/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/import-reference.mjs');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stderr: r.stderr };
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe('import-reference without a usable fact sheet', () => {
  test('no argument: usage on stderr, exit 1, no stack trace', () => {
    const { status, stderr } = run();
    expect(status).toBe(1);
    expect(stderr).toContain('no fact sheet given');
    expect(stderr).toContain('usage: node scripts/import-reference.mjs <path/to/zones.json>');
    noStackTrace(stderr);
  });
  test('a path that does not exist is named, exit 1', () => {
    const { status, stderr } = run('/nonexistent/zones.json');
    expect(status).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/zones.json (ENOENT)');
    noStackTrace(stderr);
  });
  test('a file that is not the fact sheet is refused before anything is written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'icv-import-')), 'zones.json');
    writeFileSync(file, '{"nationalTestZones": []}');
    const { status, stderr } = run(file);
    expect(status).toBe(1);
    expect(stderr).toContain('lacks the array(s) iovPilotZones, doubleSmartCities');
    noStackTrace(stderr);
  });
});
