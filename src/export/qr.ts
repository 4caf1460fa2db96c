// A QR code's modules for a text (UTF-8 bytes, error correction M).
import qrcode from 'qrcode-generator';

export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  // The library takes a "byte string": give it the UTF-8 bytes, one per character.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, r) => Array.from({ length: count }, (_, c) => qr.isDark(r, c)));
}
