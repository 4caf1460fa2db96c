import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../i18n';
import { place } from '../../testing/atlas';
import { tooltipContent } from '../tooltip';

/** The tooltip's designation lines as a reader sees them. */
const lines = (id: string, lang: 'en' | 'zh' = 'en') =>
  tooltipContent(place(id), MESSAGES[lang], lang).designations.map((d) => d.text);

describe('place tooltip', () => {
  test('a layer named with its year does not repeat it ("VRC pilot 2024", not "VRC pilot 2024 · 2024")', () => {
    expect(lines('wuhan')).toEqual(['Test zone · 2016', 'Double-Smart city · 2021', 'VRC pilot 2024']);
  });
  test('in 中文, where the layer name has no year, the year is given', () => {
    expect(lines('wuhan', 'zh')).toEqual(['测试示范区 · 2016', '双智试点 · 2021', '车路云试点 · 2024']);
  });
  test('no designation line says the same year twice, for any place', () => {
    for (const id of ['beijing', 'shanghai', 'changsha', 'zhejiang', 'hainan', 'ordos'])
      for (const line of [...lines(id), ...lines(id, 'zh')]) expect(line).not.toMatch(/(\d{4}).*\1/);
  });
  test('"designated by" dates keep their qualifier; an unknown date shows no year', () => {
    expect(lines('beijing')).toContain('Test zone · by 2021');
    expect(lines('guangzhou')).toContain('Test zone');
  });
});

test("the province is named in the reader's language", () => {
  expect(tooltipContent(place('wuhan'), MESSAGES.zh, 'zh').province).toBe('湖北省');
  expect(tooltipContent(place('wuhan'), MESSAGES.en, 'en').province).toBe('Hubei');
});
