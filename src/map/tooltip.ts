// Hover tooltip: a pure function from a picked place to deck.gl's tooltip content.
import type { AtlasPlace } from '../data/load-data';
import type { ZoneProperties } from '../data/schema';
import { fill } from '../i18n';
import type { Messages } from '../i18n/en';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "Test zone · 2016", "Test zone · by 2021"; the year only where the layer's name lacks it ("VRC pilot 2024"). */
function designationLine(z: ZoneProperties, m: Messages): string {
  const kind = m.layers.short[z.layer];
  const year = z.designated?.slice(0, 4);
  if (!year || kind.includes(year)) return kind;
  return `${kind} · ${z.designatedQualifier === 'by' ? fill(m.place.designatedBy, { date: year }) : year}`;
}

export function placeTooltip(place: AtlasPlace, m: Messages): { html: string; className: string } {
  const designations = place.zones
    .map(
      (z) =>
        `<li><span class="tt-swatch tt-${z.properties.layer}"></span>${escapeHtml(designationLine(z.properties, m))}</li>`,
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
