import { describe, expect, test } from 'vitest';
import { designTokens, themeTokens } from '../encoding';

describe('tour caption tokens', () => {
  test('the projector theme sets the slide in its title and body sizes at 1920 px', () => {
    const wide = themeTokens('projector', 'wide');
    expect(wide.font.slideTitle).toBeGreaterThanOrEqual(40);
    expect(wide.font.slideBody).toBeGreaterThanOrEqual(24);
    expect(wide.font.slideTitle).toBeGreaterThanOrEqual(wide.font.title);
    expect(wide.font.slideBody).toBeGreaterThanOrEqual(wide.font.body);
    const css = designTokens('wide', 'projector');
    expect(css['--fs-slide-title']).toBe(`${wide.font.slideTitle}px`);
    expect(css['--fs-slide-body']).toBe(`${wide.font.slideBody}px`);
    expect(css['--caption-w']).toBe(`${wide.frame.captionWidth}px`);
  });
  test('on a smaller beamer the caption shrinks, never below the light theme', () => {
    const light = themeTokens('light', 'compact');
    const compact = themeTokens('projector', 'compact');
    expect(compact.font.slideTitle).toBeLessThan(themeTokens('projector', 'wide').font.slideTitle);
    expect(compact.font.slideTitle).toBeGreaterThanOrEqual(light.font.slideTitle);
    expect(compact.font.slideBody).toBeGreaterThanOrEqual(light.font.slideBody);
    expect(compact.frame.captionWidth).toBeGreaterThanOrEqual(light.frame.captionWidth);
  });
  test('the light theme keeps today’s caption', () => {
    expect(designTokens('wide', 'light')).toMatchObject({
      '--fs-slide-title': '26px',
      '--fs-slide-body': '17px',
      '--caption-w': '540px',
    });
  });
});
