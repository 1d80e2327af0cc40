/**
 * Removes tables, and glyph names, from a TrueType (sfnt) file. The CJK faces carry large
 * OpenType layout tables (GSUB, GPOS, …) that pdfkit parses again for every document and
 * applies to every word, while Chinese text needs none of them: each character maps to one
 * glyph with its own advance. Without them layout is several times faster and lighter, and
 * the glyphs, advances and embedded subsets are unchanged (Latin pairs lose kerning and
 * ligatures).
 */

/**
 * Layout tables (OpenType, AAT and the legacy `kern`), none of which horizontal Chinese text
 * uses: without them a run's width is the sum of its advances. The vertical metrics (vhea,
 * vmtx) stay: without them fontkit reads every glyph's outline header to derive a top
 * bearing before it gives the glyph's advance (≈ 10 ms CPU in a cold render).
 */
export const layoutTables = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'kern', 'morx', 'kerx', 'VORG'] as const;

const headerSize = 12;
const recordSize = 16;
const align4 = (n: number) => (n + 3) & ~3;

function tableRecords(source: Buffer): SfntTable[] {
  return Array.from({ length: source.readUInt16BE(4) }, (_, i) => {
    const at = headerSize + i * recordSize;
    const offset = source.readUInt32BE(at + 8);
    return {
      tag: source.toString('latin1', at, at + 4),
      checksum: source.readUInt32BE(at + 4),
      data: source.subarray(offset, offset + source.readUInt32BE(at + 12)),
    };
  });
}

/** The sfnt table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function tableChecksum(data: Uint8Array): number {
  const padded = Buffer.alloc(align4(data.byteLength));
  padded.set(data);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/** The data of the table `tag` of a font, or undefined when it has none. */
export function sfntTable(font: Uint8Array, tag: string): Uint8Array | undefined {
  return tableRecords(Buffer.from(font.buffer, font.byteOffset, font.byteLength)).find((table) => table.tag === tag)?.data;
}

/**
 * A copy of the font with each table replaced by what `change` gives for it (null drops it);
 * a font `change` leaves alone comes back as it is, uncopied. Changed tables get their checksum.
 */
export function rewriteTables(font: Uint8Array, change: (table: SfntTable) => Uint8Array | null): Buffer {
  const source = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const records = tableRecords(source);
  const changed = records.map((record) => ({ record, data: change(record) }));
  if (changed.every(({ record, data }) => data === record.data)) return source;
  const tables = changed.flatMap(({ record, data }) =>
    data === null ? [] : [{ tag: record.tag, checksum: data === record.data ? record.checksum : tableChecksum(data), data }],
  );
  return writeSfnt(source.readUInt32BE(0), tables);
}

const postHeaderSize = 32;
const postVersion3 = 0x00030000;

/**
 * A `post` table without glyph names: format 3, the same 32-byte header (italic angle,
 * underline, fixed pitch). Names are read by nothing that draws or embeds a glyph, but
 * fontkit decodes all of them (20,000 strings in LXGW WenKai, ≈ 45 ms) on the first look at
 * the header. A table that has no names (format 1 or 3) is returned as it is.
 */
export function postWithoutGlyphNames(post: Uint8Array): Uint8Array {
  const view = Buffer.from(post.buffer, post.byteOffset, post.byteLength);
  const version = view.readUInt32BE(0);
  if (version !== 0x00020000 && version !== 0x00025000) return post;
  const header = Buffer.from(view.subarray(0, postHeaderSize));
  header.writeUInt32BE(postVersion3, 0);
  return header;
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
