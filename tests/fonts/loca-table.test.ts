/**
 * The loca table nianbao reads itself is the one fontkit decodes: the same offsets for every
 * glyph of every configured face, in both the short and the long format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { loadedFaces } from '../../src/fonts/faces.ts';
import fontkit from '../../src/fonts/fontkit.cjs';
import { primeLoca, readLoca } from '../../src/fonts/loca-table.ts';
import { readyFace } from '../../src/fonts/prepared-faces.ts';

type Parsed = Font & {
  loca: { version: number; offsets: ArrayLike<number> };
  directory: { tables: Record<string, { offset: number; length: number }> };
  _tables: Record<string, unknown>;
};

const parse = (id: string) => fontkit.create(readyFace(readFileSync(facePath(fontConfig().pdf.faces[id]!)))) as Parsed;

describe('loca table', () => {
  it.each(Object.keys(fontConfig().pdf.faces))('gives the offsets fontkit decodes for face %s', (id) => {
    const decoded = parse(id);
    const primed = parse(id);
    primeLoca(primed);
    expect(primed._tables['loca']).toBeDefined();
    expect(primed.loca.version).toBe(decoded.loca.version);
    expect(Array.from(primed.loca.offsets)).toEqual(Array.from(decoded.loca.offsets));
  });

  it('reads the short format doubled and the long format as it is', () => {
    const short = Buffer.from([0, 0, 0, 5, 0, 9]);
    const long = Buffer.from([0, 0, 0, 0, 0, 0, 0, 10, 0, 1, 0, 0]);
    expect(Array.from(readLoca(short, { offset: 0, length: 6 }, 0).offsets)).toEqual([0, 10, 18]);
    expect(Array.from(readLoca(long, { offset: 0, length: 12 }, 1).offsets)).toEqual([0, 10, 65536]);
  });

  it('is primed in every face the renderer loads, before fontkit decodes it', () => {
    for (const { font } of loadedFaces().values()) expect((font as Parsed)._tables['loca']).toHaveProperty('offsets', expect.any(Uint32Array));
  });
});
