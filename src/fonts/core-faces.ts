/**
 * Core faces, for a bundle that must stay small: a readied face (prepared-faces.ts) whose
 * outlines are kept only for the core characters (core-set.ts) and whose cmap maps only
 * those. Every other table stays as it is, and so do the glyph ids and every glyph's metrics
 * (hmtx, vmtx): a glyph outside the core just has no outline (a loca entry of zero length).
 * pdfkit embeds a subset made of the used glyphs' glyf entries and the head, hhea, maxp,
 * cvt, prep, fpgm and hmtx tables (record-subset.ts), so a document drawn only with core
 * characters is byte for byte the one the whole face gives.
 *
 * Beside each core face lies a small JSON file naming every code point the whole face maps
 * (whole-coverage.ts): the coverage preflight answers from it what the whole face could draw,
 * and a render that needs such a character loads the whole face first (faces.ts).
 */
import type { Font } from 'fontkit';
import { coreCodePoints } from './core-set.ts';
import fontkit from './fontkit.cjs';
import { rewriteTables, sfntTable } from './sfnt-tables.ts';
import type { CodePointRanges } from './whole-coverage.ts';

export type CoreFace = { readonly face: Buffer; readonly wholeCoverage: CodePointRanges };

/** The parts of fontkit's font read here (not in its public types). */
type ParsedFace = Font & {
  readonly characterSet: readonly number[];
  readonly numGlyphs: number;
  readonly head: { readonly indexToLocFormat: number };
  readonly loca: { readonly offsets: ArrayLike<number> };
};

// Composite glyph flags (OpenType glyf): what follows each component's glyph index.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const glyphHeaderSize = 10;

/** The glyph ids a composite glyph's entry refers to; none for a simple glyph. */
function componentsOf(entry: Buffer): number[] {
  if (entry.length < glyphHeaderSize || entry.readInt16BE(0) >= 0) return [];
  const ids: number[] = [];
  let at = glyphHeaderSize;
  for (;;) {
    const flags = entry.readUInt16BE(at);
    ids.push(entry.readUInt16BE(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return ids;
  }
}

/** Ascending code points as ranges of consecutive ones. */
function toRanges(codePoints: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const codePoint of [...codePoints].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && codePoint <= last[1] + 1) last[1] = Math.max(last[1], codePoint);
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}

/** A cmap with one subtable, format 12 for Windows Unicode full repertoire (3/10): what fontkit looks for first. */
function format12Cmap(mapping: ReadonlyMap<number, number>): Buffer {
  const groups: [start: number, end: number, glyph: number][] = [];
  for (const [codePoint, glyph] of [...mapping].sort(([a], [b]) => a - b)) {
    const last = groups.at(-1);
    if (last && codePoint === last[1] + 1 && glyph === last[2] + (codePoint - last[0])) last[1] = codePoint;
    else groups.push([codePoint, codePoint, glyph]);
  }
  const subtableLength = 16 + groups.length * 12;
  const cmap = Buffer.alloc(12 + subtableLength);
  cmap.writeUInt16BE(0, 0); // version
  cmap.writeUInt16BE(1, 2); // numTables
  cmap.writeUInt16BE(3, 4); // platformID: Windows
  cmap.writeUInt16BE(10, 6); // encodingID: Unicode full repertoire
  cmap.writeUInt32BE(12, 8); // subtable offset
  cmap.writeUInt16BE(12, 12); // format
  cmap.writeUInt32BE(subtableLength, 16);
  cmap.writeUInt32BE(groups.length, 24);
  groups.forEach(([start, end, glyph], i) => {
    const at = 28 + i * 12;
    cmap.writeUInt32BE(start, at);
    cmap.writeUInt32BE(end, at + 4);
    cmap.writeUInt32BE(glyph, at + 8);
  });
  return cmap;
}

/** The glyph ids the core keeps: .notdef, each core character's glyph and, transitively, their components. */
function keptGlyphs(glyf: Buffer, offsets: ArrayLike<number>, roots: Iterable<number>): Set<number> {
  const kept = new Set<number>([0]);
  const pending = [0, ...roots];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    kept.add(id);
    const entry = glyf.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0);
    for (const component of componentsOf(entry)) if (!kept.has(component)) pending.push(component);
  }
  return kept;
}

/** glyf with only the kept glyphs' entries, copied as they are, and the loca that indexes it (in the face's format). */
function keptOutlines(glyf: Buffer, offsets: ArrayLike<number>, numGlyphs: number, kept: ReadonlySet<number>, longOffsets: boolean) {
  const entries: Buffer[] = [];
  const loca = Buffer.alloc((numGlyphs + 1) * (longOffsets ? 4 : 2));
  let offset = 0;
  for (let id = 0; id <= numGlyphs; id++) {
    if (longOffsets) loca.writeUInt32BE(offset, id * 4);
    else loca.writeUInt16BE(offset / 2, id * 2);
    if (id === numGlyphs || !kept.has(id)) continue;
    const entry = glyf.subarray(offsets[id] ?? 0, offsets[id + 1] ?? 0);
    entries.push(entry);
    offset += entry.length;
  }
  return { glyf: Buffer.concat(entries), loca };
}

/** The core of a readied face (TrueType outlines, no layout tables), and what the whole face covers. */
export function coreFace(readied: Buffer): CoreFace {
  const font = fontkit.create(readied) as ParsedFace;
  const outlines = sfntTable(readied, 'glyf');
  if (!outlines || !font.loca) throw new Error('a core face is made from a TrueType face with glyf outlines');
  const wholeGlyf = Buffer.from(outlines.buffer, outlines.byteOffset, outlines.byteLength);
  const { offsets } = font.loca;
  const mapping = new Map<number, number>();
  for (const codePoint of coreCodePoints()) {
    if (font.hasGlyphForCodePoint(codePoint)) mapping.set(codePoint, font.glyphForCodePoint(codePoint).id);
  }
  const kept = keptGlyphs(wholeGlyf, offsets, mapping.values());
  const { glyf, loca } = keptOutlines(wholeGlyf, offsets, font.numGlyphs, kept, font.head.indexToLocFormat === 1);
  const replaced: Record<string, Buffer> = { glyf, loca, cmap: format12Cmap(mapping) };
  return {
    face: rewriteTables(readied, ({ tag, data }) => replaced[tag] ?? data),
    wholeCoverage: toRanges(font.characterSet),
  };
}
