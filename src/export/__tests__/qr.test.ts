import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrModules } from '../qr';

/** Rasterise the modules (4 px each, 4-module quiet zone) and decode them with a QR reader. */
function decode(modules: boolean[][]): string | undefined {
  const cell = 4;
  const size = (modules.length + 8) * cell;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < cell; y++)
        for (let x = 0; x < cell; x++) {
          const i = (((r + 4) * cell + y) * size + (c + 4) * cell + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return jsQR(data, size, size)?.data;
}

describe('QR code', () => {
  test('decodes to the exact link, long view links included', () => {
    const url =
      'https://owner.github.io/icv-atlas/?place=shanghai&scenarios=robotaxi,ports,mines&match=all&layers=test-zones,iov&metric=testedMileage&lang=zh&view=121.473,31.23,6.25';
    expect(decode(qrModules(url))).toBe(url);
  });
  test('encodes non-ASCII text as UTF-8', () => {
    expect(decode(qrModules('https://example.org/地图/?place=上海'))).toBe(
      'https://example.org/地图/?place=上海',
    );
  });
});
