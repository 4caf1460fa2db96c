// Hover tooltip: a pure function from a picked place to deck.gl's tooltip content.
import type { AtlasPlace } from '../data/load-data';
import type { Messages } from '../i18n/en';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function placeTooltip(place: AtlasPlace, m: Messages): { html: string; className: string } {
  const designations = place.zones
    .map(
      (z) =>
        `<li><span class="tt-swatch tt-${z.properties.layer}"></span>${escapeHtml(m.layers.short[z.properties.layer])}${z.properties.designated ? ` · ${escapeHtml(z.properties.designated.slice(0, 4))}` : ''}</li>`,
    )
    .join('');
  return {
    className: 'atlas-tooltip',
    html:
      `<strong>${escapeHtml(place.name.en)} <span lang="zh-Hans">${escapeHtml(place.name.zh)}</span></strong>` +
      `<div class="tt-kind">${escapeHtml(m.place.kind[place.kind])} · ${escapeHtml(place.province.en)}</div>` +
      `<ul>${designations}</ul>`,
  };
}
