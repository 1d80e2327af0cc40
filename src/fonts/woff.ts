/**
 * WOFF 1.0 to a plain TrueType (sfnt) file. Some open faces reach npm only as WOFF (LXGW
 * WenKai, the 楷体 of headings); WOFF is an sfnt with each table zlib-compressed, so
 * inflating the tables gives back the font byte for byte, ready for pdfkit and fontkit.
 */
import { inflateSync } from 'node:zlib';
import { writeSfnt } from './sfnt-tables.ts';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const woffHeaderSize = 44;
const woffRecordSize = 20;

export const isWoff = (font: Uint8Array) =>
  font.byteLength >= woffHeaderSize && Buffer.from(font.buffer, font.byteOffset, 4).readUInt32BE(0) === WOFF_SIGNATURE;

/** The sfnt inside a WOFF file; tables keep their order and checksums. */
export function woffToSfnt(font: Uint8Array): Buffer {
  const woff = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  if (!isWoff(woff)) throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = woffHeaderSize + i * woffRecordSize;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(stored) : stored;
    if (data.byteLength !== length) throw new Error(`WOFF table ${woff.toString('latin1', at, at + 4)} has the wrong length`);
    return { tag: woff.toString('latin1', at, at + 4), checksum: woff.readUInt32BE(at + 16), data };
  });

  return writeSfnt(flavor, tables);
}
