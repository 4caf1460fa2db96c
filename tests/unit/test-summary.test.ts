// @vitest-environment node
// The CI summary line must never look green when a suite did not run: a missing report, or a
// Playwright run that stopped before any test (e.g. its web server could not start), is a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../../scripts/test-summary.mjs');
const dir = mkdtempSync(join(tmpdir(), 'icv-summary-'));
const report = (name: string, body: object) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
};
const summary = (...files: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...files], { encoding: 'utf8' });
  return { line: r.stdout.trim().split('\n').at(-1), status: r.status };
};

const vitest = report('vitest.json', { numPassedTests: 10, numFailedTests: 0, numFailedTestSuites: 0 });
const stats = { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };

describe('test-summary', () => {
  test('adds up vitest and Playwright reports', () => {
    const e2e = report('e2e-ok.json', { stats: { ...stats, expected: 5 }, errors: [] });
    expect(summary(vitest, e2e)).toEqual({ line: '15 passed, 0 failed', status: 0 });
  });
  test('a Playwright run that stopped on a global error counts as failed', () => {
    const e2e = report('e2e-error.json', {
      stats,
      errors: [{ message: 'Error: http://127.0.0.1:4173/ is already used' }],
    });
    expect(summary(vitest, e2e)).toEqual({ line: '10 passed, 1 failed', status: 1 });
  });
  test('a missing report counts as failed', () => {
    expect(summary(vitest, join(dir, 'nope.json'))).toEqual({ line: '10 passed, 1 failed', status: 1 });
  });
});
