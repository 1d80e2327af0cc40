/**
 * Removes tables from a TrueType (sfnt) file. The CJK faces carry large OpenType layout
 * tables (GSUB, GPOS, …) that pdfkit parses again for every document and applies to every
 * word, while Chinese text needs none of them: each character maps to one glyph with its
 * own advance. Without them layout is several times faster and lighter, and the glyphs,
 * advances and embedded subsets are unchanged (Latin pairs lose kerning and ligatures).
 */

/**
 * Layout tables (OpenType, AAT and the legacy `kern`) and vertical metrics, none of which
 * horizontal Chinese text uses. Without them a run's width is the sum of its advances.
 */
export const layoutTables = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'kern', 'morx', 'kerx', 'vhea', 'vmtx', 'VORG'] as const;

const headerSize = 12;
const recordSize = 16;
const align4 = (n: number) => (n + 3) & ~3;

/**
 * A copy of the font without the named tables; other tables are copied byte for byte. A
 * font that has none of them (one trimmed at build time) comes back as it is, uncopied.
 */
export function withoutTables(font: Uint8Array, drop: readonly string[]): Buffer {
  const source = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const count = source.readUInt16BE(4);
  const all = Array.from({ length: count }, (_, i) => {
    const at = headerSize + i * recordSize;
    return {
      tag: source.toString('latin1', at, at + 4),
      checksum: source.readUInt32BE(at + 4),
      offset: source.readUInt32BE(at + 8),
      length: source.readUInt32BE(at + 12),
    };
  });
  const records = all.filter((record) => !drop.includes(record.tag));
  if (records.length === all.length) return source;

  const kept = records.length;
  const dataStart = headerSize + kept * recordSize;
  const size = records.reduce((end, record) => end + align4(record.length), dataStart);
  const out = Buffer.alloc(size);
  // sfnt version, then numTables and the binary-search fields derived from it.
  source.copy(out, 0, 0, 4);
  const power = 2 ** Math.floor(Math.log2(kept));
  out.writeUInt16BE(kept, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(kept * 16 - power * 16, 10);

  let offset = dataStart;
  records.forEach((record, i) => {
    const at = headerSize + i * recordSize;
    out.write(record.tag, at, 'latin1');
    out.writeUInt32BE(record.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(record.length, at + 12);
    source.copy(out, offset, record.offset, record.offset + record.length);
    offset += align4(record.length);
  });
  return out;
}
