// The programme colours must read as four different rings on the map: against the land (WCAG 2's
// 3:1 for graphical objects) and from each other with the common colour-vision deficiencies
// (simulated with Machado et al. 2009, see colour.ts), in every theme.
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../data/constants';
import { colourDifference, contrastRatio, type Deficiency } from '../colour';
import { THEMES, THEME_TOKENS } from '../encoding';

const VISION: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];
/** CIEDE2000: about 2 is just noticeable side by side; 10 reads as a different colour at a glance. */
const MIN_DELTA_E = 10;

describe.each(THEMES)('the %s palette', (theme) => {
  const t = THEME_TOKENS[theme];

  it('each programme colour has at least 3:1 contrast against the land', () => {
    for (const l of LAYER_IDS)
      expect(
        contrastRatio(t.layerHex[l], t.basemapHex.region),
        `${l} ${t.layerHex[l]}`,
      ).toBeGreaterThanOrEqual(3);
  });

  it.each(VISION.map((v) => [v ?? 'normal vision', v] as const))(
    'programme colours stay pairwise distinct with %s',
    (_name, vision) => {
      for (const [i, a] of LAYER_IDS.entries())
        for (const b of LAYER_IDS.slice(i + 1))
          expect(
            colourDifference(t.layerHex[a], t.layerHex[b], vision),
            `${a} vs ${b}`,
          ).toBeGreaterThanOrEqual(MIN_DELTA_E);
    },
  );

  it('place labels and the selected ring stand out from the land', () => {
    expect(contrastRatio(t.symbolHex.label, t.basemapHex.region)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(t.symbolHex.core, t.basemapHex.region)).toBeGreaterThanOrEqual(7);
  });

  // WCAG 1.4.3: small text 4.5:1 on every background the page paints it on (the figure cards'
  // as-of dates are muted text on surface-2); 1.4.11: the focus ring 3:1 against the same.
  it.each(['bg', 'surface', 'surface-2'] as const)('text and the focus ring read on %s', (bg) => {
    for (const fg of ['ink', 'ink-2', 'muted', 'accent'] as const)
      expect(contrastRatio(t.ui[fg], t.ui[bg]), `${fg} ${t.ui[fg]} on ${t.ui[bg]}`).toBeGreaterThanOrEqual(
        4.5,
      );
    expect(contrastRatio(t.ui.focus, t.ui[bg]), `focus on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});

describe('the projector palette', () => {
  it('is stronger than the light one: text, rings and the sea/land edge survive a washed-out beam', () => {
    const light = THEME_TOKENS.light;
    const proj = THEME_TOKENS.projector;
    expect(contrastRatio(proj.ui.ink, proj.ui.surface)).toBeGreaterThanOrEqual(15);
    expect(contrastRatio(proj.ui.muted, proj.ui.surface)).toBeGreaterThanOrEqual(7);
    for (const l of LAYER_IDS)
      expect(contrastRatio(proj.layerHex[l], proj.basemapHex.region)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(proj.basemapHex.sea, proj.basemapHex.region)).toBeGreaterThan(
      contrastRatio(light.basemapHex.sea, light.basemapHex.region),
    );
    expect(contrastRatio(proj.basemapHex.regionLine, proj.basemapHex.region)).toBeGreaterThanOrEqual(4.5);
  });
});
