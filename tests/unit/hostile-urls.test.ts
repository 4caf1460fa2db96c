// The hostile-URL corpus through the URL codec: nothing throws, the valid parts are applied, and every
// invalid part is reported (for the notice), with the reported text bounded.
import { describe, expect, test } from 'vitest';
import placesFile from '../../geo/places.json';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/url/url-state';
import { HOSTILE_URLS } from '../fixtures/hostile-urls';

const PLACE_IDS = new Set((placesFile as unknown as { id: string }[]).map((p) => p.id));

describe('hostile URL corpus', () => {
  test('has at least 50 entries, each query unique', () => {
    expect(HOSTILE_URLS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_URLS.map((h) => h.query)).size).toBe(HOSTILE_URLS.length);
  });

  test.each(HOSTILE_URLS.map((h) => [h.why, h] as const))('%s', (_why, h) => {
    const { state, dropped } = parseUrlState(h.query, PLACE_IDS);
    if (h.applied === 'ignored') expect(state).toEqual(DEFAULT_URL_STATE);
    else expect(state).toMatchObject(h.applied);
    // Each expected item is reported, in order; nothing is reported for a clean link.
    if (h.reported.length === 0) expect(dropped).toEqual([]);
    else
      h.reported.forEach((prefix, i) =>
        expect(dropped[i], `reported item ${i} of ${JSON.stringify(dropped)}`).toMatch(
          new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        ),
      );
    // A notice item stays short, whatever the link held.
    for (const d of dropped) expect(d.length).toBeLessThanOrEqual(60);
    // Whatever survives is a state the atlas can write back and read again unchanged.
    const again = parseUrlState(serializeUrlState(state), PLACE_IDS);
    expect(again.state).toEqual(state);
    expect(again.dropped).toEqual([]);
  });
});
