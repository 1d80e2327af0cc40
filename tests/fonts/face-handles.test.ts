/**
 * A face handle opens, wherever fontkit opens bytes, as a view of the face parsed once:
 * same tables, its own glyphs, so what one document's glyphs remember stays with it.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { faceHandle } from '../../src/fonts/face-handles.ts';
import { roleFace } from '../../src/fonts/faces.ts';
import fontkit from '../../src/fonts/fontkit.cjs';

describe('faceHandle', () => {
  const face = roleFace('body').font;
  const handle = faceHandle('test-body', face);

  it('opens as a view of the parsed face, not a second parse', () => {
    const view = fontkit.create(handle);
    expect(Object.getPrototypeOf(view)).toBe(face);
    expect(view.postscriptName).toBe(face.postscriptName);
    expect(view.glyphForCodePoint(0x653f).advanceWidth).toBe(face.glyphForCodePoint(0x653f).advanceWidth);
  });

  it('gives every opening its own glyphs and layout engine', () => {
    const [first, second] = [fontkit.create(handle), fontkit.create(handle)];
    // 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) draw one glyph; each view remembers its own first code point.
    const one = first.glyphForCodePoint(0x4e00) as unknown as { id: number; codePoints: number[] };
    const radical = second.glyphForCodePoint(0x2f00) as unknown as { id: number; codePoints: number[] };
    expect(radical.id).toBe(one.id);
    expect(one.codePoints).toEqual([0x4e00]);
    expect(radical.codePoints).toEqual([0x2f00]);
    expect(first.layout('政府').glyphs[0]).toBe(first.glyphForCodePoint(0x653f));
    expect(second.layout('政府').glyphs[0]).not.toBe(first.glyphForCodePoint(0x653f));
  });

  it('registers on the fontkit pdfkit uses, the only one loaded', () => {
    expect(createRequire(import.meta.resolve('pdfkit'))('fontkit')).toBe(fontkit);
  });

  it('leaves other bytes to the built-in formats', () => {
    expect(() => fontkit.create(Buffer.from('nianbao face test-body', 'latin1'))).toThrow(/Unknown font format/);
  });
});
