// 中文 all the way through, in the built site: the Shanghai panel reads as Chinese (operators, notes,
// test subjects, source titles), a translated title carries its mark, and Table 1's issuers are Chinese.
import { expect, openAtlas, test } from './fixtures';

test('Shanghai in 中文: Latin letters at most 0.3 × Han characters, translations marked', async ({
  page,
}) => {
  await openAtlas(page, './?place=shanghai&lang=zh');
  const panel = page.getByTestId('place-panel');
  await expect(panel).toBeVisible();
  const counts = await panel.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    // The title's other-language name, addresses, and citations of sources written in English.
    clone.querySelectorAll('h2 [lang="en"], a[href^="http"]').forEach((e) => e.remove());
    clone.querySelectorAll('li[id^="source-"]').forEach((li) => {
      if (li.querySelector('cite')?.getAttribute('lang') === 'en') li.remove();
    });
    const text = clone.textContent!.replace(/https?:\/\/\S+/g, ' ');
    return {
      latin: (text.match(/[A-Za-z]/g) ?? []).length,
      han: (text.match(/\p{Script=Han}/gu) ?? []).length,
    };
  });
  expect(counts.han).toBeGreaterThan(1000);
  expect(counts.latin).toBeLessThanOrEqual(0.3 * counts.han);
  await expect(panel.getByText('上海国际汽车城(集团)有限公司')).toBeVisible();
  await expect(panel.getByTestId('figure-testSubjects')).toContainText('滴滴、上汽、AutoX');
  const sources = panel.locator('.source-list');
  await expect(sources.locator('#source-shanghai-icv-report-2023')).toContainText(
    '上海市智能网联汽车发展报告(2023)（译）',
  );
  await expect(sources.locator('#source-ds-batch-1-2021')).toContainText(
    '关于确定智慧城市基础设施与智能网联汽车协同发展第一批试点城市的通知',
  );
});

test('national context in 中文: Table 1 issuers by their Chinese names', async ({ page }) => {
  await openAtlas(page, './?analysis=context&lang=zh');
  const view = page.getByTestId('analysis-view');
  await expect(view).toHaveAttribute('data-view', 'context');
  const table1 = view.getByRole('region', { name: /表1/ });
  await expect(table1).toContainText('工业和信息化部、国家标准化管理委员会');
  await expect(table1).not.toContainText('Ministry');
});
