/**
 * The cmap groups nianbao reads itself give the glyphs fontkit's own lookup gives: for every
 * configured face, whole and as its core, at every group's edges and across the code space.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { groupsGlyph, primeCmap } from '../../src/fonts/cmap-groups.ts';
import { coreFace } from '../../src/fonts/core-faces.ts';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { loadedFaces } from '../../src/fonts/faces.ts';
import fontkit from '../../src/fonts/fontkit.cjs';
import { readyFace } from '../../src/fonts/prepared-faces.ts';

type Lookup = { _cmapProcessor: { lookup(codePoint: number, variationSelector?: number): number; cmap: { groups: { toArray(): { startCharCode: number; endCharCode: number }[] } } } };

const faces = Object.keys(fontConfig().pdf.faces);
const readied = (id: string) => readyFace(readFileSync(facePath(fontConfig().pdf.faces[id]!)));

/** Each group's edges and their neighbours, and every 61st code point up to U+3FFFF. */
function probes(font: Font): number[] {
  const groups = (font as Font & Lookup)._cmapProcessor.cmap.groups.toArray();
  const edges = groups.flatMap((g) => [g.startCharCode - 1, g.startCharCode, g.endCharCode, g.endCharCode + 1]);
  return [...edges, ...Array.from({ length: 0x40000 / 61 }, (_, i) => i * 61)].filter((c) => c >= 0);
}

describe('cmap groups', () => {
  it.each(faces.flatMap((id) => [[id, 'whole'], [id, 'core']] as const))('give the glyphs fontkit looks up in face %s (%s)', (id, form) => {
    const bytes = form === 'whole' ? readied(id) : coreFace(readied(id)).face;
    const decoded = fontkit.create(bytes) as Font & Lookup;
    const primed = fontkit.create(bytes) as Font & Lookup;
    const fontkitLookup = primed._cmapProcessor.lookup;
    primeCmap(primed);
    expect(primed._cmapProcessor.lookup, 'the lookup is replaced').not.toBe(fontkitLookup);
    const codePoints = probes(decoded);
    expect(codePoints.map((c) => primed._cmapProcessor.lookup(c))).toEqual(codePoints.map((c) => decoded._cmapProcessor.lookup(c)));
  });

  it('finds a code point inside, between and outside them', () => {
    const bytes = Buffer.alloc(24);
    [[0x41, 0x43, 10], [0x4e00, 0x4e00, 99]].forEach(([start, end, glyph], i) => {
      bytes.writeUInt32BE(start!, i * 12);
      bytes.writeUInt32BE(end!, i * 12 + 4);
      bytes.writeUInt32BE(glyph!, i * 12 + 8);
    });
    const groups = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    expect([0x40, 0x41, 0x43, 0x44, 0x4e00, 0x4e01].map((c) => groupsGlyph(groups, 2, c))).toEqual([0, 10, 12, 0, 99, 0]);
  });

  it('is primed in every face the renderer loads', () => {
    for (const { font } of loadedFaces().values()) {
      expect((font as Font & Lookup)._cmapProcessor.lookup).not.toBe(Object.getPrototypeOf((font as Font & Lookup)._cmapProcessor).lookup);
    }
  });
});
