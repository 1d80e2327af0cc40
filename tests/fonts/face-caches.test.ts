/**
 * What a document's view takes from the face's caches is what fontkit would have worked out
 * for that document: the same glyph runs (glyphs, the code points they remember, positions),
 * the same metrics, the same subset bytes, composites included.
 */
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { faceHandle } from '../../src/fonts/face-handles.ts';
import { faceView } from '../../src/fonts/face-view.ts';
import { roleFace } from '../../src/fonts/faces.ts';
import fontkit from '../../src/fonts/fontkit.cjs';
import { recordedTexts, runsPerFace } from '../../src/fonts/run-cache.ts';

type Glyph = { id: number; codePoints: number[]; advanceWidth: number };
type Run = { glyphs: Glyph[]; positions: object[]; advanceWidth: number; script: string; direction: string; features: object };
type Laying = { layout(text: string): Run; getGlyph(id: number): Glyph; _glyphs: Record<number, Glyph>; createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array } };

const body = roleFace('body').font;
const kai = roleFace('heading2').font;
const cached = (face: Font, id: string) => fontkit.create(faceHandle(id, face)) as unknown as Laying;
const native = (face: Font) => faceView(face) as unknown as Laying;

const shape = (run: Run) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints]),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
  script: run.script,
  direction: run.direction,
  features: run.features,
});
const remembered = (view: Laying) => Object.values(view._glyphs).map((g) => [g.id, g.codePoints]);

// Chinese, Latin, one glyph for two code points, a zero-width space and a no-break space, a combining mark.
const texts = ['政府信息公开工作年度报告', 'Annual report 2024, ', '一⼀', '\u200b\u00a0x', 'e\u0301', '', '（一）'];

describe('face caches', () => {
  it('replay the glyph runs fontkit lays out, and leave the view with the glyphs it would have made', () => {
    for (const order of [texts, [...texts].reverse()]) {
      const [view, reference] = [cached(body, 'caches-body'), native(body)];
      for (const text of order) expect(shape(view.layout(text))).toEqual(shape(reference.layout(text)));
      expect(remembered(view)).toEqual(remembered(reference));
    }
  });

  it('give each view its own glyph objects and positions', () => {
    const [first, second] = [cached(body, 'caches-body'), cached(body, 'caches-body')];
    const [a, b] = [first.layout('政府'), second.layout('政府')];
    expect(b.glyphs[0]).not.toBe(a.glyphs[0]);
    expect(b.positions[0]).not.toBe(a.positions[0]);
    expect(a.glyphs[0]).toBe(first.getGlyph(a.glyphs[0]?.id ?? 0));
  });

  it('give the metrics fontkit reads from the face', () => {
    const [view, reference] = [cached(body, 'caches-body'), native(body)];
    for (const id of [0, 3, 1200, 20000]) expect(view.getGlyph(id).advanceWidth).toBe(reference.getGlyph(id).advanceWidth);
  });

  it('write the subset fontkit writes, a composite glyph and its components included', () => {
    // In the Kai face ¨ (U+00A8) is a composite glyph (id 106) whose component gets a new id in the subset.
    const [view, reference] = [cached(kai, 'caches-kai'), native(kai)];
    const [subset, expected] = [view.createSubset(), reference.createSubset()];
    for (const id of [200, 106, 1753, 5000, 106]) expect(subset.includeGlyph(id)).toBe(expected.includeGlyph(id));
    const bytes = subset.encode();
    expect(Buffer.from(bytes).equals(Buffer.from(expected.encode()))).toBe(true);
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('keep at most runsPerFace texts of a face', () => {
    const view = cached(kai, 'caches-kai');
    for (let n = 0; n <= runsPerFace; n++) view.layout(String(n));
    expect(recordedTexts(kai)).toBe(runsPerFace);
  });
});
