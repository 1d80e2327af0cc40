/**
 * The advance width of each glyph of a face, read in place from its `hmtx` table. fontkit
 * answers a width through a glyph object whose metrics it works out with the glyph's bounding
 * box, decoding the outline's header to measure a line: ≈ 20 ms of a cold start. The widths are
 * fontkit's: a glyph past the table's last full entry takes that entry's advance. A face with
 * variations (`fvar`) is left to fontkit, which adjusts its advances.
 */
import type { Font } from 'fontkit';

/** The parts of fontkit's TrueType font read here (not in its public types). */
type TrueTypeFace = Font & {
  readonly directory: { readonly tables: Record<string, { readonly offset: number; readonly length: number } | undefined> };
  readonly stream: { readonly buffer: Uint8Array };
  readonly hhea: { readonly numberOfMetrics: number };
  readonly _cmapProcessor: { lookup(codePoint: number): number };
};

/** Per parsed face: its hmtx entries in place and how many there are, or null where fontkit must answer. */
const tables = new WeakMap<Font, { readonly entries: DataView; readonly count: number } | null>();

function hmtxOf(face: Font) {
  let known = tables.get(face);
  if (known === undefined) {
    const font = face as TrueTypeFace;
    const at = font.directory.tables.hmtx;
    const count = at && !font.directory.tables.fvar ? font.hhea.numberOfMetrics : 0;
    const { buffer } = font.stream;
    known = at && count > 0 ? { entries: new DataView(buffer.buffer, buffer.byteOffset + at.offset, count * 4), count } : null;
    tables.set(face, known);
  }
  return known;
}

/** The advance of a glyph in hmtx entries (advance, then bearing, 16 bits each); past the last, the last one's. */
export const entryAdvance = (entries: DataView, count: number, glyph: number): number => entries.getUint16(Math.min(glyph, count - 1) * 4);

/** The advance width, in font units, of the glyph the face draws a code point with. */
export function codePointAdvance(face: Font, codePoint: number): number {
  const hmtx = hmtxOf(face);
  if (!hmtx) return face.glyphForCodePoint(codePoint).advanceWidth;
  return entryAdvance(hmtx.entries, hmtx.count, (face as TrueTypeFace)._cmapProcessor.lookup(codePoint));
}
