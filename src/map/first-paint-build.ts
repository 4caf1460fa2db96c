// The first paint's markup and CSS from the atlas's data and basemap, for the build
// (scripts/first-paint-plugin.ts loads this module through Vite, so it reads geo/ and the basemap
// exactly as the app bundles them).
import { getAtlas } from '../data/atlas';
import { en } from '../i18n/en';
import { svgBasemap } from './basemap/basemap';
import { firstPaintCss, firstPaintHtml } from './first-paint-markup';

export function buildFirstPaint(): { html: string; css: string } {
  const basemap = svgBasemap();
  return { html: firstPaintHtml({ atlas: getAtlas(), basemap, m: en }), css: firstPaintCss(basemap) };
}
