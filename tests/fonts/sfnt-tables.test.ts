/** Dropping the layout tables keeps a valid font with the same glyphs and advances. */
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { layoutTables, withoutTables } from '../../src/fonts/sfnt-tables.ts';

const tags = (font: Uint8Array) => {
  const view = Buffer.from(font);
  return Array.from({ length: view.readUInt16BE(4) }, (_, i) => view.toString('latin1', 12 + i * 16, 16 + i * 16));
};

describe('withoutTables', () => {
  const serif = fontConfig().pdf.faces.serif;
  if (!serif) throw new Error('the default config names a serif face');
  const original = readFileSync(facePath(serif));
  const stripped = withoutTables(original, layoutTables);

  it('removes exactly the named tables', () => {
    expect(tags(original)).toContain('GSUB');
    expect(tags(stripped)).toEqual(tags(original).filter((tag) => !(layoutTables as readonly string[]).includes(tag)));
    expect(stripped.length).toBeLessThan(original.length);
  });

  it('returns a face that has none of the tables as it is, uncopied', () => {
    const again = withoutTables(stripped, layoutTables);
    expect(again.buffer === stripped.buffer && again.byteOffset === stripped.byteOffset && again.length === stripped.length).toBe(true);
  });

  it('keeps glyphs, advances and metrics', () => {
    const [before, after] = [create(original), create(stripped)];
    const sample = '政府信息公开工作年度报告，2024年（第711号）“标准化”— 1 —';
    expect(after.layout(sample).glyphs.map((g) => g.id)).toEqual(before.layout(sample).glyphs.map((g) => g.id));
    expect(after.layout(sample).advanceWidth).toBe(before.layout(sample).advanceWidth);
    expect([after.ascent, after.descent, after.unitsPerEm]).toEqual([before.ascent, before.descent, before.unitsPerEm]);
  });
});
