import { describe, expect, test } from 'vitest';
import { caveatText, formatReading, likelyText } from '../../components/figure-value';
import { MESSAGES } from '../../i18n';
import { place, TEST_ATLAS } from '../../testing/atlas';
import { likelyReading, readingEvidence, timesPowerOfTen } from '../likely-reading';

const { en, zh } = MESSAGES;
const mileage = (id: string) => place(id).table3!.testedMileage!;

describe('likely reading of a doubtful unit', () => {
  test('multiplies the printed number exactly, without floating-point noise', () => {
    expect(timesPowerOfTen('656.2', 4)).toBe('6562000');
    expect(timesPowerOfTen('3378.73', 4)).toBe('33787300');
    expect(timesPowerOfTen('0.12345', 4)).toBe('1234.5');
    expect(timesPowerOfTen('96.8', 4)).toBe('968000');
  });
  test("Shanghai's Table 3 mileage reads ≈ 6.562 million km if the unit is 10,000 km (EN) / 656.2万公里 (中文)", () => {
    const f = mileage('shanghai');
    const r = likelyReading(f)!;
    expect(r.digits).toBe(String(f.value * 10_000));
    expect(formatReading(r, 'en', en)).toBe('6.562 million km');
    expect(likelyText(r, 'en', en)).toBe('≈ 6.562 million km if the unit is 10,000 km');
    expect(formatReading(r, 'zh', zh)).toBe('656.2万公里');
  });
  test('a figure whose unit is not in doubt has no likely reading', () => {
    expect(likelyReading(place('shanghai').table3!.licences)).toBeNull();
    expect(likelyReading(null)).toBeNull();
  });
  test("the reasoning cites the place's own section-3 total, else Shanghai's", () => {
    const gz = readingEvidence('table3-mileage-likely-10k-km', place('guangzhou'), TEST_ATLAS.placeById)!;
    expect([gz.place.id, gz.fact.id]).toEqual(['guangzhou', 'gz-test-mileage']);
    // Wuhan's own end-2023 total has a doubtful unit itself, so it cannot be the evidence.
    const wh = readingEvidence('table3-mileage-likely-10k-km', place('wuhan'), TEST_ATLAS.placeById)!;
    expect([wh.place.id, wh.fact.id]).toEqual(['shanghai', 'sh-test-mileage']);
    expect(readingEvidence('wuhan-mileage-unit-doubtful', place('wuhan'), TEST_ATLAS.placeById)).toBeNull();
  });
  test('the plain-text caveat keeps the printed unit, the likely reading and the published evidence', () => {
    const text = caveatText(mileage('shanghai'), place('shanghai'), TEST_ATLAS.placeById, 'en', en);
    const evidence = place('shanghai').facts.find((f) => f.id === 'sh-test-mileage')!;
    expect(text).toContain('unit as printed: km, doubtful');
    expect(text).toContain('≈ 6.562 million km if the unit is 10,000 km');
    expect(text).toContain(`${evidence.published} km by 31 Dec 2023`);
    expect(
      caveatText(place('shanghai').table3!.licences, place('shanghai'), TEST_ATLAS.placeById, 'en', en),
    ).toBe('');
  });
});
