/**
 * What fontkit works out for a glyph of a face that is the same in every document: its
 * metrics (advance, bearings) and, for the subsetter, its glyf bytes and a composite's
 * components. fontkit derives them again per document (each document's view makes its own
 * glyph objects, face-handles.ts), decoding the outline of every embedded glyph just to learn
 * whether it is a composite; kept here per face, for the glyphs documents used.
 */
import type { Font } from 'fontkit';
import { faceView } from './face-view.ts';

export type GlyphMetrics = {
  readonly advanceWidth: number;
  readonly advanceHeight: number;
  readonly leftBearing: number;
  readonly topBearing: number;
};

/** A composite's reference to another glyph: its id and the offset of that id in the bytes. */
export type GlyphComponent = { readonly glyphID: number; readonly pos: number };

export type GlyphRecord = {
  readonly metrics: GlyphMetrics;
  /** The glyph's entry in the face's glyf table, as the file holds it. */
  readonly glyf: Uint8Array;
  /** Present for a composite glyph only. */
  readonly components?: readonly GlyphComponent[];
};

/** The parts of fontkit's TrueType font and glyph read here (not in its public types). */
type TrueTypeFace = Font & {
  readonly loca: { readonly offsets: ArrayLike<number> };
  readonly _variationProcessor: unknown;
  _glyphs: Record<number, unknown>;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): TrueTypeGlyph;
};
type TrueTypeGlyph = {
  _getMetrics(): GlyphMetrics;
  _decode(): { readonly numberOfContours: number; readonly components?: readonly GlyphComponent[] } | null;
};

const records = new WeakMap<Font, Map<number, GlyphRecord>>();
const scratchViews = new WeakMap<Font, TrueTypeFace>();

/**
 * Whether the face's glyphs can be recorded: a TrueType outline face without variations
 * (whose outlines and advances would depend on the chosen instance).
 */
export function recordsGlyphs(face: Font): boolean {
  const font = face as TrueTypeFace;
  return Boolean(font.loca) && !font._variationProcessor;
}

/**
 * A view with its own glyph cache, so that working out a record leaves the face's cache (and
 * the code points its glyphs remember) as it was.
 */
function scratchView(face: Font): TrueTypeFace {
  let view = scratchViews.get(face);
  if (!view) {
    view = faceView(face) as TrueTypeFace;
    scratchViews.set(face, view);
  }
  return view;
}

function readRecord(face: Font, id: number): GlyphRecord {
  const view = scratchView(face);
  const glyph = view.getGlyph(id);
  view._glyphs = {};
  const metrics = Object.freeze({ ...glyph._getMetrics() });
  const start = view.loca.offsets[id] ?? 0;
  const end = view.loca.offsets[id + 1] ?? start;
  const stream = view._getTableStream('glyf');
  stream.pos += start;
  const glyf = stream.readBuffer(end - start);
  // numberOfContours, the glyf entry's first int16, is negative for a composite.
  const composite = glyf.length >= 2 && (glyf[0] ?? 0) >= 0x80;
  if (!composite) return { metrics, glyf };
  const components = (glyph._decode()?.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos }));
  return { metrics, glyf, components };
}

/** The record of glyph `id` of `face`, worked out on first use. */
export function glyphRecord(face: Font, id: number): GlyphRecord {
  let known = records.get(face);
  if (!known) {
    known = new Map();
    records.set(face, known);
  }
  let record = known.get(id);
  if (!record) {
    record = readRecord(face, id);
    known.set(id, record);
  }
  return record;
}
