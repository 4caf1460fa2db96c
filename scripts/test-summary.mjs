#!/usr/bin/env node
// Adds up the JSON reports of vitest and Playwright into one line: "N passed, N failed".
// A missing report (a suite that never ran) counts as one failure, and so does each error that stopped
// a run, so a broken run cannot look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`test-summary: no report at ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // vitest (jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  } else if (report.stats) {
    // Playwright JSON reporter; top-level errors (e.g. the web server did not start) stop the run
    // before any test, with all-zero stats.
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected + (report.errors?.length ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
