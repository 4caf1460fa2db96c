// Content-Security-Policy: the site and the offline single file carry a policy (a meta tag) that allows
// no eval, no remote origin and no inline script but their own (by hash); the atlas runs under it
// (the fixture fails any test on a violation), and injected script is refused.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { inlineScripts, sha256 } from '../../scripts/csp-plugin';
import { expect, openAtlas, pixelOf, placeById, test, type Guard } from './fixtures';

const SINGLE = resolve('dist/icv-atlas-offline.html');

function directives(policy: string) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The policy of a page (its meta tag), checked directive by directive. */
function expectStrictPolicy(policy: string) {
  const d = directives(policy);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')![0]).toBe("'self'");
  expect(
    d
      .get('script-src')!
      .slice(1)
      .every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v)),
  ).toBe(true);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
  expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
  expect(policy).not.toContain('unsafe-eval');
  // No remote origin anywhere: only keywords, hashes and the data: / blob: schemes.
  for (const values of d.values())
    for (const v of values) expect(v, 'a source in the policy').toMatch(/^('[^']+'|data:|blob:)$/);
}

/**
 * Injected inline script is refused; the refusal is the test's own, not a failure. (eval cannot be
 * probed from here: Playwright's evaluate is exempt from the page's policy. Library code that called
 * eval would fire a violation, which fails any test through the fixture.)
 */
async function expectScriptInjectionRefused(page: Page, guard: Guard) {
  const refused = page.waitForEvent('console', (msg) => /^Executing inline script violates/.test(msg.text()));
  const result = await page.evaluate(() => {
    const w = window as unknown as { injected?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.head.append(s);
    return w.injected ?? false;
  });
  expect(result, 'the injected script ran').toBe(false);
  // Chromium's report and the page's securitypolicyviolation event (the fixture logs it).
  await refused;
  await expect
    .poll(() => guard.consoleErrors.filter((e) => /CSP violation/.test(e)).length)
    .toBeGreaterThan(0);
  // Only the refusals caused here are taken off the fixture's list.
  const ours = (e: string) =>
    /^CSP violation: script-src(-elem)? blocked inline$|^Executing inline script violates the following Content Security Policy directive 'script-src /.test(
      e,
    );
  guard.consoleErrors.splice(0, guard.consoleErrors.length, ...guard.consoleErrors.filter((e) => !ours(e)));
}

test('the site has a strict policy, runs under it, and refuses injected script', async ({
  page,
  guard,
  places,
}) => {
  await openAtlas(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expectStrictPolicy(policy!);
  // The policy comes before every script it governs.
  const first = await page.evaluate(() =>
    [...document.head.children].findIndex((el) => el.matches('meta[http-equiv="Content-Security-Policy"]')),
  );
  const firstScript = await page.evaluate(() =>
    [...document.head.children].findIndex((el) => el.tagName === 'SCRIPT'),
  );
  expect(first).toBeLessThan(firstScript);

  // Lazy parts (the place panel, export) load under the policy too.
  const shanghai = placeById(places, 'shanghai');
  const { x, y } = await pixelOf(page, shanghai.anchor);
  await page.mouse.click(x, y);
  await expect(page.getByTestId('place-panel')).toHaveAttribute('data-place-id', 'shanghai');
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-png')).toBeVisible();

  await expectScriptInjectionRefused(page, guard);
});

test.describe('the offline single file', () => {
  test.use({ allowedUrls: [pathToFileURL(SINGLE).href] });
  test('carries the policy with the hash of each of its inline scripts, and refuses injected script', async ({
    page,
    guard,
  }) => {
    const html = await readFile(SINGLE, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, 'the single file has a policy').toBeTruthy();
    expectStrictPolicy(policy!);
    // Each inline script's hash is in the policy (and opening the file below proves they run).
    const hashes = inlineScripts(html).map(sha256);
    expect(hashes.length).toBeGreaterThan(0);
    for (const h of hashes) expect(directives(policy!).get('script-src')).toContain(`'${h}'`);

    await openAtlas(page, pathToFileURL(SINGLE).href);
    await expectScriptInjectionRefused(page, guard);
  });
});
