import { describe, expect, it } from 'vitest';
import { colourDifference, contrastRatio, deltaE2000, rgbToLab, simulateCvd } from '../colour';

describe('colour maths', () => {
  it('contrast ratio follows WCAG 2 (black on white 21:1, a colour with itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
    // WebAIM's checker: #777777 on white is 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('CIEDE2000 matches Sharma, Wu & Dalal (2005) test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('converts sRGB white and black to L* 100 and 0', () => {
    const white = rgbToLab([255, 255, 255]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(Math.abs(white[1]) + Math.abs(white[2])).toBeLessThan(0.01);
    expect(rgbToLab([0, 0, 0])[0]).toBeCloseTo(0, 5);
  });

  it('dichromat simulation keeps greys and merges what a dichromat confuses', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulateCvd('#808080', d);
      expect(Math.max(Math.abs(r - 128), Math.abs(g - 128), Math.abs(b - 128))).toBeLessThan(2);
    }
    // Pure red vs green: far apart normally, close for a deuteranope.
    expect(colourDifference('#ff0000', '#00a000')).toBeGreaterThan(60);
    expect(colourDifference('#ff0000', '#00a000', 'deuteranopia')).toBeLessThan(
      colourDifference('#ff0000', '#00a000') / 3,
    );
  });
});
