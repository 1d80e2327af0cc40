/**
 * The advance widths nianbao reads from hmtx itself are the widths fontkit gives, for every
 * configured face, whole and as its core, at every mapped range's edges and across the code space.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { codePointAdvance, entryAdvance } from '../../src/fonts/advance-widths.ts';
import { coreFace } from '../../src/fonts/core-faces.ts';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import fontkit from '../../src/fonts/fontkit.cjs';
import { readyFace } from '../../src/fonts/prepared-faces.ts';

type Groups = { _cmapProcessor: { cmap: { groups: { toArray(): { startCharCode: number; endCharCode: number }[] } } } };

const faces = Object.keys(fontConfig().pdf.faces);
const readied = (id: string) => readyFace(readFileSync(facePath(fontConfig().pdf.faces[id]!)));

describe('advance widths', () => {
  it.each(faces.flatMap((id) => [[id, 'whole'], [id, 'core']] as const))('are the widths fontkit gives in face %s (%s)', (id, form) => {
    const bytes = form === 'whole' ? readied(id) : coreFace(readied(id)).face;
    const decoded = fontkit.create(bytes) as Font & Groups;
    const read = fontkit.create(bytes);
    const groups = decoded._cmapProcessor.cmap.groups.toArray();
    const codePoints = [
      ...groups.flatMap((g) => [g.startCharCode, g.endCharCode, g.endCharCode + 1]),
      ...Array.from({ length: 0x30000 / 37 }, (_, i) => i * 37),
    ];
    expect(codePoints.map((c) => codePointAdvance(read, c))).toEqual(codePoints.map((c) => decoded.glyphForCodePoint(c).advanceWidth));
  });

  it('reads each entry’s advance, not its bearing, and the last entry’s past the end', () => {
    const hmtx = Buffer.from([0x03, 0xe8, 0, 5, 0x02, 0x00, 0xff, 0xfe]);
    const entries = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.length);
    expect([0, 1, 2, 700].map((glyph) => entryAdvance(entries, 2, glyph))).toEqual([1000, 512, 512, 512]);
  });
});
