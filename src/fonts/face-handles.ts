/**
 * Faces parsed once per process, lent to pdfkit for each document. pdfkit takes a font
 * only as bytes and has fontkit parse them again for every document (cmap, metrics and
 * glyphs of 14 MB faces decoded anew each time). A handle is a few bytes that no built-in
 * format accepts; the format registered here answers it with a view of the parsed face.
 *
 * Each document gets its own view (face-view.ts): its glyphs are made afresh, as if the bytes
 * had been parsed for it, because pdfkit writes the code point a glyph was first made for into
 * the document's ToUnicode map; so the same document gives the same bytes whatever was
 * rendered before it. What does not depend on the document comes from the face's caches: a
 * text's glyph run (run-cache.ts), a glyph's metrics and, for the subset, its bytes
 * (glyph-records.ts, record-subset.ts).
 */
import type { Font, FontFormat, Glyph } from 'fontkit';
import { faceView } from './face-view.ts';
import fontkit from './fontkit.cjs';
import { glyphRecord, recordsGlyphs, type GlyphMetrics } from './glyph-records.ts';
import { recordSubset } from './record-subset.ts';
import { replayRun } from './run-cache.ts';

/** Weakly: a face replaced (a core by its whole face) goes once its handle is dropped. */
const lent = new WeakMap<Uint8Array, Font>();

type ViewGlyph = Glyph & { _metrics?: GlyphMetrics };
type DocumentView = Font & {
  getGlyph(id: number, codePoints?: readonly number[]): ViewGlyph | null;
  createSubset(): unknown;
  layout(text: unknown, ...options: unknown[]): ReturnType<Font['layout']>;
};

function documentView(face: Font): Font {
  const view = faceView(face) as DocumentView;
  if (!recordsGlyphs(face)) return view;
  const { getGlyph, layout } = view;
  view.getGlyph = function (this: DocumentView, id, codePoints) {
    const glyph = getGlyph.call(this, id, codePoints);
    if (glyph && !glyph._metrics) glyph._metrics = glyphRecord(face, id).metrics;
    return glyph;
  };
  view.createSubset = () => recordSubset(face, view);
  // Features, script or direction asked for (pdfkit passes none for nianbao's text): fontkit's own layout.
  view.layout = function (this: DocumentView, text, ...options) {
    const plain = typeof text === 'string' && options.every((option) => option === undefined);
    return (plain && replayRun(face, this, text)) || layout.call(this, text, ...options);
  };
  return view;
}

// A constructor that returns an object: `new` then yields that object (a view), not `this`.
const handleFormat = function (this: unknown, stream: { readonly buffer: Uint8Array }) {
  const face = lent.get(stream.buffer);
  if (!face) throw new Error('not a face handle');
  return documentView(face);
} as unknown as FontFormat;
handleFormat.probe = (buffer) => lent.has(buffer);
fontkit.registerFormat(handleFormat);

/** Bytes that open as a fresh view of `face` wherever fontkit opens a font (pdfkit). */
export function faceHandle(id: string, face: Font): Buffer {
  const handle = Buffer.from(`nianbao face ${id}`, 'latin1');
  lent.set(handle, face);
  return handle;
}
