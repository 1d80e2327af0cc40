/**
 * The QR code as the PNG Word shows: one-bit greyscale, each module a square of `scale`
 * pixels (edges stay on pixel edges at any zoom a reader uses), no quiet zone (the caption's
 * gap keeps it clear, as in the PDF). Written from the symbol the PDF draws too
 * (src/model/qr-symbol.ts): a PNG of two colours needs no filtering, and zlib packs its
 * repeated rows, where encoding through qrcode's PNG renderer (pngjs, in JavaScript) took
 * ≈ 20 ms of a cold start.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { QrSymbol } from '../../model/qr-symbol.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GREYSCALE = 0;
const ONE_BIT = 1;

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

export function qrPng(symbol: QrSymbol, scale: number): Buffer {
  const side = symbol.modules * scale;
  const rowBytes = 1 + Math.ceil(side / 8);
  const pixels = Buffer.alloc(rowBytes * side);
  for (let y = 0; y < side; y++) {
    // Each row starts with filter type 0 (none); a set bit is white.
    const row = y * rowBytes + 1;
    for (let x = 0; x < side; x++) {
      const dark = symbol.dark[Math.floor(y / scale) * symbol.modules + Math.floor(x / scale)];
      if (!dark) pixels[row + (x >> 3)] = (pixels[row + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.writeUInt8(ONE_BIT, 8);
  header.writeUInt8(GREYSCALE, 9);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
