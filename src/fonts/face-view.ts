/**
 * A view of a parsed face: it shares the face's tables and file but has its own glyph cache
 * and layout engine, as if the bytes had been parsed again. A glyph remembers the code points
 * it was first made for, so a view's glyphs depend only on what was asked of that view.
 */
import type { Font } from 'fontkit';

/** Engines fontkit caches on the font object (on first use, as own properties); each view makes its own. */
const perView = ['_layoutEngine'] as const;

export function faceView(face: Font): Font {
  const view: Font = Object.create(face, { _glyphs: { value: {}, writable: true } });
  const prototype: object = Object.getPrototypeOf(Object.getPrototypeOf(view));
  for (const name of perView) {
    const cached = Object.getOwnPropertyDescriptor(prototype, name);
    if (cached) Object.defineProperty(view, name, { ...cached, configurable: true });
  }
  return view;
}
