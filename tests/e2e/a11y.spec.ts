// Accessibility gate: axe-core finds no serious or critical violation in any of the atlas's main
// states, in English and in Chinese. Nothing is excluded: the map's WebGL canvas is an element axe
// evaluates like any other (role, name, focusability), and the whole page is checked.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openAtlas, test } from './fixtures';

/** The states the issue names, each as a link (plus what a user does after opening it). */
const STATES: { name: string; query: string; then?: (page: Page) => Promise<void> }[] = [
  { name: 'first view', query: '' },
  { name: 'a place selected', query: 'place=shanghai' },
  {
    name: 'the scenario filter in use',
    query: 'scenarios=mines,ports',
    // The filter open: its group of places without scenario data expanded too.
    then: async (page) => {
      const group = page.locator('details.no-data-group');
      await group.locator('summary').click();
      await expect(page.getByTestId('no-data-list')).toBeVisible();
    },
  },
  { name: 'analysis: rankings', query: 'analysis=rankings' },
  { name: 'analysis: scenario matrix', query: 'analysis=matrix' },
  { name: 'analysis: national context', query: 'analysis=context' },
  { name: 'analysis: data table', query: 'analysis=table' },
  { name: 'a tour slide', query: 'tour=default&slide=3' },
  { name: 'the projector theme', query: 'theme=projector' },
  { name: 'the projector theme with a place', query: 'theme=projector&place=shanghai' },
];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** One violation per paragraph: rule, impact, and each element with axe's explanation. */
function describe(violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) =>
            `  - ${n.target.map(String).join(' ')}\n    ${n.html.slice(0, 200)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

for (const lang of ['en', 'zh'] as const) {
  test.describe(`axe, ${lang === 'en' ? 'English' : '中文'}`, () => {
    // axe walks every node of the page (the data table, the place panel) on a CPU-rendered map: on the
    // shared 2-core machine one state took up to a minute, so each gets two.
    test.describe.configure({ timeout: 120_000 });
    for (const state of STATES) {
      test(`no serious or critical violation: ${state.name}`, async ({ page }) => {
        const params = [state.query, lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&');
        await openAtlas(page, `./${params ? `?${params}` : ''}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
        if (state.query.includes('place=')) await expect(page.getByTestId('place-panel')).toBeVisible();
        if (state.query.includes('analysis='))
          await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toBeVisible();
        if (state.query.includes('tour=')) await expect(page.getByTestId('tour-caption')).toBeVisible();
        await state.then?.(page);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = (results.violations as Violation[]).filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        // The message is the readable list; the count keeps the report short.
        expect(bad.length, `axe violations:\n${describe(bad)}`).toBe(0);
      });
    }
  });
}
