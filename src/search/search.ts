// Search over places and zones by English name, Chinese name, toneless pinyin and aliases.
// Pure: build the index once from the atlas, then query it.
import type { Atlas } from '../data/load-data';
import type { LayerId } from '../data/schema';

export interface SearchHit {
  kind: 'place' | 'zone';
  id: string;
  placeId: string;
  label: { en: string; zh: string };
  /** A zone's layer, so its row can say what it is ("Test zone in Shanghai"). */
  layer?: LayerId;
}

interface Entry extends SearchHit {
  keys: string[];
}

/** Lowercase, strip accents (tone marks), and drop spaces and punctuation: "Xi'an" → "xian". */
export function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’`"()（）\-–—_.,·/&+]/g, '');
}

export function buildSearchIndex(atlas: Atlas): Entry[] {
  const places: Entry[] = atlas.places.map((p) => ({
    kind: 'place',
    id: p.id,
    placeId: p.id,
    label: p.name,
    keys: [p.name.en, p.name.zh, p.pinyin, ...(p.aliases ?? [])].map(normalize),
  }));
  const zones: Entry[] = atlas.zones.map((z) => ({
    kind: 'zone',
    id: z.properties.id,
    placeId: z.properties.place,
    label: z.properties.name,
    layer: z.properties.layer,
    keys: [
      z.properties.name.en,
      z.properties.name.zh,
      z.properties.locality.en,
      z.properties.locality.zh,
    ].map(normalize),
  }));
  return [...places, ...zones];
}

/**
 * Best matches first: exact, then prefix, then substring; places before zones. One row per place
 * (every row leads to its place): the place itself when it matches, else its best-matching zone.
 * Without this, "wuhan" listed Wuhan's Double-Smart and VRC designations, both named "Wuhan", as
 * two identical rows.
 */
export function searchIndex(index: readonly Entry[], query: string, limit = 8): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of index) {
    let best = Infinity;
    for (const key of entry.keys) {
      if (key === q) best = Math.min(best, 0);
      else if (key.startsWith(q)) best = Math.min(best, 1);
      else if (key.includes(q)) best = Math.min(best, 2);
    }
    if (best < Infinity) scored.push({ entry, score: best * 2 + (entry.kind === 'zone' ? 1 : 0) });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.label.en.localeCompare(b.entry.label.en));
  const places = new Set<string>();
  const onePerPlace = scored.filter(({ entry }) => !places.has(entry.placeId) && places.add(entry.placeId));
  return onePerPlace.slice(0, limit).map(({ entry: { keys: _keys, ...hit } }) => hit);
}
