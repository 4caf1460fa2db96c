// 中文 all the way through: every data text a reader sees in 中文 has a Chinese form with a recorded
// origin (or a recorded reason to stay as it is), a translation is never shown as an original title,
// and a place panel in 中文 reads as Chinese.
import { render, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import glossaryJson from '../../../geo/zh.json';
import { ContextView } from '../../analysis/context-view';
import { Citation } from '../../components/source-ref';
import { MESSAGES } from '../../i18n';
import { PlacePanelView } from '../../panels/place-panel';
import { useAppStore } from '../../store';
import { TEST_ATLAS, place } from '../../testing/atlas';
import { renderWithAtlas, resetStoreAfterEach } from '../../testing/render';
import { AtlasContext } from '../atlas-context';
import { designatingBody } from '../../i18n/designating-bodies';
import { plainCitation, shortName } from '../../export/view-sources';
import { zhGlossarySchema } from '../schema';
import { dataText, ISO_DATE, sourceTitle, ZH_GLOSSARY } from '../zh-texts';

resetStoreAfterEach();

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Every English data text that reaches the 中文 UI through the glossary, with where it is. */
function englishDataTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const z of TEST_ATLAS.zones) {
    const p = z.properties;
    const at = `zone ${p.id}`;
    if (!ISO_DATE.test(p.designatedNote)) out.push([`${at} designatedNote`, p.designatedNote]);
    if (p.operator) out.push([`${at} operator`, p.operator]);
    if (p.notes) out.push([`${at} notes`, p.notes]);
  }
  for (const p of TEST_ATLAS.places)
    p.table3?.testSubjects.forEach((n) => out.push([`place ${p.id} testSubjects`, n]));
  for (const s of TEST_ATLAS.sources.values()) {
    const at = `source ${s.id}`;
    if (s.author) out.push([`${at} author`, s.author]);
    if (s.publisher) out.push([`${at} publisher`, s.publisher]);
    if (s.note) out.push([`${at} note`, s.note]);
    if (!ISO_DATE.test(s.date)) out.push([`${at} date`, s.date]);
  }
  const { policies, totals } = TEST_ATLAS.national;
  policies.forEach((p) => out.push([`national policy ${p.year} issuer`, p.issuer]));
  totals.forEach((t) => t.statedBy && out.push([`national total ${t.id} statedBy`, t.statedBy]));
  return out;
}

describe('中文 for data texts (geo/zh.json)', () => {
  test('geo/zh.json is valid: each Chinese text says where it comes from', () => {
    const parsed = zhGlossarySchema.safeParse(glossaryJson);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('every data text shown in 中文 has a Chinese form or a recorded reason to stay as it is', () => {
    const missing = englishDataTexts().filter(([, en]) => !(en in ZH_GLOSSARY.texts));
    expect(missing).toEqual([]);
    // Designating bodies have their own table (src/i18n/designating-bodies.ts).
    const bodies = TEST_ATLAS.zones.map((z) => z.properties.designatedBy);
    expect(bodies.filter((b) => designatingBody(b, 'zh') === b)).toEqual([]);
  });

  test('no glossary entry is stale: each one is a text the data still holds', () => {
    const used = new Set(englishDataTexts().map(([, en]) => en));
    expect(Object.keys(ZH_GLOSSARY.texts).filter((en) => !used.has(en))).toEqual([]);
  });

  test('every source has a title in 中文: its Chinese title, or its own title if it is not in Chinese', () => {
    const ids = [...TEST_ATLAS.sources.keys()];
    expect(ids.filter((id) => !ZH_GLOSSARY.sources[id])).toEqual([]);
    expect(Object.keys(ZH_GLOSSARY.sources).filter((id) => !TEST_ATLAS.sources.has(id))).toEqual([]);
    const notChinese = [...TEST_ATLAS.sources.values()].filter(
      (s) => sourceTitle(s, 'zh').main.lang !== 'zh-Hans' && ZH_GLOSSARY.sources[s.id]!.lang === 'zh',
    );
    expect(notChinese.map((s) => s.id)).toEqual([]);
    // Where sources.json already gives a Chinese title, the glossary agrees with it.
    const differing = [...TEST_ATLAS.sources.values()].filter(
      (s) => s.titleZh && ZH_GLOSSARY.sources[s.id]?.titleZh !== s.titleZh,
    );
    expect(differing.map((s) => s.id)).toEqual([]);
  });

  test('a translated title is marked in 中文 and never offered as the original in EN', () => {
    const report = TEST_ATLAS.sources.get('shanghai-icv-report-2023')!;
    expect(sourceTitle(report, 'zh').main).toMatchObject({ translated: true, lang: 'zh-Hans' });
    expect(sourceTitle(report, 'en')).toEqual({
      main: { text: report.title, translated: false, lang: 'en' },
    });
    for (const s of TEST_ATLAS.sources.values()) {
      const en = sourceTitle(s, 'en');
      if (en.original) expect(ZH_GLOSSARY.sources[s.id]?.zhSource, s.id).not.toBe('translation');
    }
    const text = (id: string, lang: 'en' | 'zh') => {
      const { container, unmount } = render(
        <AtlasContext.Provider value={TEST_ATLAS}>
          <Citation source={TEST_ATLAS.sources.get(id)!} m={MESSAGES[lang]} />
        </AtlasContext.Provider>,
      );
      const t = container.textContent!;
      unmount();
      return t;
    };
    expect(text('shanghai-icv-report-2023', 'zh')).toContain('上海市智能网联汽车发展报告(2023)（译）');
    expect(text('shanghai-icv-report-2023', 'en')).not.toContain('translated');
    // An official document: its Chinese title and number, read on a stored copy, with no mark.
    const batch2 = text('ds-batch-2-2021', 'zh');
    expect(batch2).toContain(
      '关于确定智慧城市基础设施与智能网联汽车协同发展第二批试点城市的通知 建城函〔2021〕114号',
    );
    expect(batch2).not.toContain('通知（译）');
    expect(batch2).toContain('中文标题据该网页的存档副本');
    expect(batch2).not.toMatch(/Notice on/);
    expect(text('ds-batch-2-2021', 'en')).toContain('Notice on the second batch');
    // An English-language source keeps its title in 中文.
    expect(text('reuters_vrc', 'zh')).toContain('Reuters: China designates 20 pilot areas');
  });

  test('exported citations (slide source line, citation text) follow the language too', () => {
    const src = (id: string) => TEST_ATLAS.sources.get(id)!;
    const zh = plainCitation(src('vrc-pilot-list-2024'), TEST_ATLAS, MESSAGES.zh);
    expect(zh).toContain(
      '关于公布智能网联汽车“车路云一体化”应用试点城市名单的通知 工信部联通装函〔2024〕181号',
    );
    expect(zh).toContain('工业和信息化部;公安部;自然资源部;住房和城乡建设部;交通运输部');
    expect(zh).not.toMatch(/Notice on|Ministry/);
    expect(plainCitation(src('cpca-2024'), TEST_ATLAS, MESSAGES.zh)).toContain(
      '2024年1月汽车智能网联洞察报告（译）',
    );
    expect(plainCitation(src('cpca-2024'), TEST_ATLAS, MESSAGES.en)).toContain(
      'January 2024 Automotive Intelligent Network Insight Report',
    );
    expect(shortName(src('shanghai-icv-report-2023'), 'zh')).toBe('上海智能网联汽车报告 2023');
    expect(shortName(src('shanghai-icv-report-2023'))).toBe('Shanghai ICV report 2023');
  });

  test('proper names: test subjects by their Chinese names, unknown ones kept as they are', () => {
    expect(dataText('Baidu', 'zh')).toEqual({ text: '百度', translated: false, lang: 'zh-Hans' });
    expect(dataText('Pony.ai', 'zh').text).toBe('小马智行');
    expect(dataText('AutoX', 'zh')).toEqual({ text: 'AutoX', translated: false, lang: 'en' });
    expect(dataText('Baidu', 'en').text).toBe('Baidu');
  });
});

/** Latin letters a reader of 中文 may fairly see: addresses, English-language titles, proper names. */
function chineseReadingText(container: HTMLElement): string {
  const clone = container.cloneNode(true) as HTMLElement;
  // The panel's title shows the other language's name on purpose (Shanghai 上海).
  clone.querySelectorAll('.alt-name, .cite-url').forEach((e) => e.remove());
  // Citations of sources that are not in Chinese keep their own titles.
  clone.querySelectorAll('.source-list > li').forEach((li) => {
    const id = li.id.replace(/^source-/, '');
    if (ZH_GLOSSARY.sources[id]?.lang !== 'zh') li.remove();
  });
  const PROPER = ['Wang, Zhao & Ruet 2024', 'GeoNames', 'AutoX', 'CAICV', 'Robotaxi', 'Robobus', 'CC BY'];
  let text = clone.textContent!.replace(/https?:\/\/\S+/g, ' ');
  for (const name of PROPER) text = text.split(name).join(' ');
  return text;
}

describe('the 中文 UI reads as Chinese', { timeout: 30_000 }, () => {
  test('the Shanghai place panel: Latin letters at most 0.3 × Han characters', () => {
    const { container } = renderWithAtlas(
      <PlacePanelView place={place('shanghai')} lang="zh" m={MESSAGES.zh} onClose={() => {}} />,
    );
    const text = chineseReadingText(container);
    const latin = count(text, LATIN);
    const han = count(text, HAN);
    expect(han).toBeGreaterThan(1000);
    expect(latin, text.match(/[A-Za-z][A-Za-z .,'&-]{6,}/g)?.join(' | ')).toBeLessThanOrEqual(0.3 * han);
    // Operators, notes and test subjects in Chinese.
    const panel = within(container);
    expect(panel.getByText('上海国际汽车城(集团)有限公司')).toBeInTheDocument();
    expect(panel.getByTestId('figure-testSubjects')).toHaveTextContent('滴滴、上汽、AutoX');
  });

  test('every place panel in 中文 is mostly Chinese (Latin letters at most 0.3 × Han characters)', () => {
    const ratios = TEST_ATLAS.places.map((p) => {
      const { container, unmount } = renderWithAtlas(
        <PlacePanelView place={p} lang="zh" m={MESSAGES.zh} onClose={() => {}} />,
      );
      const text = chineseReadingText(container);
      unmount();
      return [p.id, count(text, LATIN) / count(text, HAN)] as const;
    });
    expect(ratios.filter(([, r]) => r > 0.3)).toEqual([]);
  });

  test('national context in 中文: Table 1 issuers and who stated the totals in Chinese', () => {
    useAppStore.setState({ lang: 'zh' });
    const { container } = renderWithAtlas(<ContextView titleId="t" />);
    const timeline = container.querySelector('.policy-timeline')!;
    expect(timeline.textContent).toContain('工业和信息化部、国家标准化管理委员会');
    expect(timeline.textContent).toContain('国务院');
    expect(timeline.textContent).not.toMatch(/Ministry|State Council|Commission/);
    expect(container.querySelector('.totals-table')!.textContent).not.toMatch(/MIIT|press briefing/);
  });
});
