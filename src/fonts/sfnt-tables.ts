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

  const version = source.readUInt32BE(0);
  return writeSfnt(version, records.map((r) => ({ tag: r.tag, checksum: r.checksum, data: source.subarray(r.offset, r.offset + r.length) })));
}

export type SfntTable = { readonly tag: string; readonly checksum: number; readonly data: Uint8Array };

/**
 * An sfnt file of the given version (flavor) holding `tables` in order, each 4-byte aligned,
 * with numTables and the binary-search fields derived from their count.
 */
export function writeSfnt(version: number, tables: readonly SfntTable[]): Buffer {
  const count = tables.length;
  const dataStart = headerSize + count * recordSize;
  const out = Buffer.alloc(tables.reduce((end, table) => end + align4(table.data.byteLength), dataStart));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(version, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = dataStart;
  tables.forEach((table, i) => {
    const at = headerSize + i * recordSize;
    out.write(table.tag, at, 'latin1');
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.byteLength, at + 12);
    out.set(table.data, offset);
    offset += align4(table.data.byteLength);
  });
  return out;
}
