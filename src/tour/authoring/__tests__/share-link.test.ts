import { describe, expect, test } from 'vitest';
import { TEST_ATLAS } from '../../../testing/atlas';
import { parseUrlState } from '../../../url/url-state';
import { decodeTourData, encodeTourData, shareUrl } from '../share-link';
import { parseTourFile } from '../tour-file';
import { userTour } from './fixture';

const PLACES = new Set(TEST_ATLAS.placeById.keys());

describe('a tour in a link', () => {
  test('encodes to a compressed base64url value that decodes to the same tour', async () => {
    const tour = userTour();
    const data = await encodeTourData(tour);
    expect(data).toMatch(/^z\.[A-Za-z0-9_-]+$/);
    const text = await decodeTourData(data);
    expect(parseTourFile(text!, TEST_ATLAS)).toEqual({ ok: true, tour });
    // Shorter than the plain JSON it holds.
    expect(data.length).toBeLessThan(JSON.stringify(tour).length);
  });

  test('uncompressed values ("j.") decode too', async () => {
    const json = JSON.stringify({ format: 'icv-atlas-tour', version: 1, tour: userTour() });
    const b64 = Buffer.from(json, 'utf8').toString('base64url');
    expect(await decodeTourData(`j.${b64}`)).toBe(json);
  });

  test('a damaged value decodes to null, never throws', async () => {
    const data = await encodeTourData(userTour());
    for (const bad of ['', 'z.', 'x.abcd', 'z.!!!!', data.slice(0, data.length >> 1), `j.${'_'.repeat(7)}`])
      expect(await decodeTourData(bad)).toBeNull();
  });

  test('is one URL parameter, ?tourdata=, read whole even when long', async () => {
    const tour = {
      ...userTour(),
      slides: Array.from({ length: 40 }, (_, i) => ({
        ...userTour().slides[0]!,
        id: `s-${i}`,
        notes: { en: `${'note '.repeat(40)}${i}`, zh: 'x' },
      })),
    };
    const data = await encodeTourData(tour);
    expect(data.length).toBeGreaterThan(500);
    const url = shareUrl('file:///home/me/icv-atlas-offline.html?place=beijing#x', data);
    expect(url).toBe(`file:///home/me/icv-atlas-offline.html?tourdata=${data}`);
    const { state, dropped } = parseUrlState(new URL(url).search, PLACES);
    expect(dropped).toEqual([]);
    expect(state.tourData).toBe(data);
    expect(parseUrlState('?tourdata=<script>', PLACES).dropped).toEqual(['tourdata=<script>']);
  });
});
