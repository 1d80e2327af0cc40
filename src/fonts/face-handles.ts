/**
 * Faces parsed once per process, lent to pdfkit for each document. pdfkit takes a font
 * only as bytes and has fontkit parse them again for every document (cmap, metrics and
 * glyphs of 14 MB faces decoded anew each time). A handle is a few bytes that no built-in
 * format accepts; the format registered here answers it with a view of the parsed face.
 *
 * A view shares the decoded tables and the file, but keeps its own glyph cache and layout
 * engine: a glyph remembers the code point it was first made for, and pdfkit writes that
 * into the document's ToUnicode map, so each document gets its glyphs made afresh, as if
 * the bytes had been parsed for it, and the same document gives the same bytes whatever
 * was rendered before it.
 */
import type { Font, FontFormat } from 'fontkit';
import fontkit from './fontkit.cjs';

const lent = new Map<Uint8Array, Font>();

/** Engines fontkit caches on the font object; each view makes its own. */
const perView = ['_layoutEngine'] as const;

function documentView(face: Font): Font {
  const view: Font = Object.create(face, { _glyphs: { value: {}, writable: true } });
  const prototype: object = Object.getPrototypeOf(Object.getPrototypeOf(view));
  for (const name of perView) {
    const cached = Object.getOwnPropertyDescriptor(prototype, name);
    if (cached) Object.defineProperty(view, name, { ...cached, configurable: true });
  }
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
