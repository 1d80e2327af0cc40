/**
 * A readied face (src/fonts/prepared-faces.ts: layout tables dropped, glyph names removed
 * from `post`, sfnt-tables.ts) is a valid font with the same glyphs, advances and metrics.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { readyFace } from '../../src/fonts/prepared-faces.ts';
import { layoutTables, postWithoutGlyphNames } from '../../src/fonts/sfnt-tables.ts';

const directory = (font: Uint8Array) => {
  const view = Buffer.from(font);
  return Array.from({ length: view.readUInt16BE(4) }, (_, i) => ({
    tag: view.toString('latin1', 12 + i * 16, 16 + i * 16),
    checksum: view.readUInt32BE(16 + i * 16),
    offset: view.readUInt32BE(20 + i * 16),
    length: view.readUInt32BE(24 + i * 16),
  }));
};
const tags = (font: Uint8Array) => directory(font).map((table) => table.tag);
const table = (font: Buffer, tag: string) => {
  const found = directory(font).find((t) => t.tag === tag);
  if (!found) throw new Error(`no ${tag} table`);
  return { ...found, data: font.subarray(found.offset, found.offset + found.length) };
};
const checksum = (data: Buffer) => {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
};
const faceFile = (role: 'body' | 'heading2') => {
  const source = fontConfig().pdf.faces[fontConfig().pdf.roles[role]];
  if (!source) throw new Error(`the default config names a ${role} face`);
  return readFileSync(facePath(source));
};
const sample = '政府信息公开工作年度报告，2024年（第711号）“标准化”— 1 —';

describe('readyFace', () => {
  const original = faceFile('body');
  const stripped = readyFace(original);

  it('removes exactly the layout tables', () => {
    expect(tags(original)).toContain('GSUB');
    expect(tags(stripped)).toEqual(tags(original).filter((tag) => !(layoutTables as readonly string[]).includes(tag)));
    expect(stripped.length).toBeLessThan(original.length);
  });

  it('returns a face that has none of the tables as it is, uncopied', () => {
    const again = readyFace(stripped);
    expect(again.buffer === stripped.buffer && again.byteOffset === stripped.byteOffset && again.length === stripped.length).toBe(true);
  });

  it('keeps glyphs, advances and metrics', () => {
    const [before, after] = [create(original), create(stripped)];
    expect(after.layout(sample).glyphs.map((g) => g.id)).toEqual(before.layout(sample).glyphs.map((g) => g.id));
    expect(after.layout(sample).advanceWidth).toBe(before.layout(sample).advanceWidth);
    expect([after.ascent, after.descent, after.unitsPerEm]).toEqual([before.ascent, before.descent, before.unitsPerEm]);
  });
});

describe('glyph names', () => {
  // The 楷体 WOFF names its 20,000 glyphs in a format 2 `post` table.
  const kai = readyFace(faceFile('heading2'));
  const fromWoff = create(faceFile('heading2'));

  it('leave a format 3 post table with the same header and a correct checksum', () => {
    const post = table(kai, 'post');
    expect(post.data.readUInt32BE(0)).toBe(0x00030000);
    expect(post.data.length).toBe(32);
    expect(post.checksum).toBe(checksum(post.data));
    const [before, after] = [fromWoff, create(kai)] as unknown as { post: Record<string, number> }[];
    for (const field of ['italicAngle', 'underlinePosition', 'underlineThickness', 'isFixedPitch']) {
      expect(after?.post[field], field).toBe(before?.post[field]);
    }
  });

  it('go without changing glyphs or advances', () => {
    const after = create(kai);
    expect(after.layout(sample).glyphs.map((g) => g.id)).toEqual(fromWoff.layout(sample).glyphs.map((g) => g.id));
    expect(after.layout(sample).advanceWidth).toBe(fromWoff.layout(sample).advanceWidth);
  });

  it('leave a table that has none as it is', () => {
    const post = table(faceFile('body'), 'post').data;
    expect(post.readUInt32BE(0)).toBe(0x00030000);
    expect(postWithoutGlyphNames(post)).toBe(post);
  });
});
