/**
 * A core face (src/fonts/core-faces.ts) is the whole face with outlines and cmap entries for
 * the core characters only: same glyph ids, advances and outlines for those, nothing for the
 * rest, and beside it the whole face's coverage.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { coreFace } from '../../src/fonts/core-faces.ts';
import { rangesHold, readWholeCoverage } from '../../src/fonts/whole-coverage.ts';
import { coreCodePoints } from '../../src/fonts/core-set.ts';
import fontkit from '../../src/fonts/fontkit.cjs';
import { readyFace } from '../../src/fonts/prepared-faces.ts';
import { sfntTable } from '../../src/fonts/sfnt-tables.ts';
import { placedTexts } from '../../src/fonts/text-roles.ts';
import { pageNumberSample } from '../../src/render/pdf/page-numbers.ts';
import { defaultTemplate } from '../../src/templates.ts';
import { validate } from '../../src/validation.ts';
import { writeCoreFontsFolder } from './core-fonts-folder.ts';

type Parsed = Omit<Font, 'glyphForCodePoint'> & {
  numGlyphs: number;
  characterSet: number[];
  getGlyph(id: number): { advanceWidth: number; advanceHeight: number; path: { toSVG(): string } };
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; advanceHeight: number; path: { toSVG(): string } };
  cmap: { tables: { platformID: number; encodingID: number; table: { version: number } }[] };
};

const folder = mkdtempSync(join(tmpdir(), 'nianbao-core-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const [zhe, kun] = [0x5586, 0x5803]; // 喆 and 堃: given names, in Noto SC, not in GB 2312

const faces = Object.entries(fontConfig().pdf.faces).map(([id, source]) => {
  const readied = readyFace(readFileSync(facePath(source)));
  const core = coreFace(readied);
  return { id, readied, core, whole: fontkit.create(readied) as Parsed, cut: fontkit.create(core.face) as Parsed };
});

describe('the core', () => {
  it('is GB 2312 and the Latin, punctuation and full-width blocks, without 喆 or 堃', () => {
    const core = coreCodePoints();
    // 6,763 hanzi and 682 symbols, a few GB 18030 additions in the symbol rows, and the blocks.
    expect(core.size).toBeGreaterThan(7_900);
    expect(core.size).toBeLessThan(8_000);
    for (const char of '政府信息公开年度报告淮安市人民政府（一）、。—１２ＡＺ“”《》…ÀéÿαЖ①') expect(core.has(char.codePointAt(0)!), char).toBe(true);
    for (const codePoint of [zhe, kun, 0x9fa5, 0xe000, 0x20000]) expect(core.has(codePoint), codePoint.toString(16)).toBe(false);
    // 喆 and 堃 are no GB 2312 codes: GB 18030 gives them four-byte or GBK codes outside rows A1–F7 × A1–FE.
    const decoder = new TextDecoder('gb18030');
    const gb2312 = new Set<string>();
    for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) gb2312.add(decoder.decode(Uint8Array.of(row, cell)));
    expect(gb2312.has('喆') || gb2312.has('堃')).toBe(false);
    expect(gb2312.has('中')).toBe(true);
  });
});

describe('what nianbao itself draws', () => {
  it('is inside the core: every label of the template in every language and layout, the page numbers, the examples', () => {
    const outside = new Set<string>();
    for (const example of ['huaian-2024', 'hailin-2020']) {
      const { report } = validate(defaultTemplate, JSON.parse(readFileSync(new URL(`../../examples/${example}.json`, import.meta.url), 'utf8')));
      for (const lang of ['zh', 'en', 'zh-en'] as const) {
        for (const layout of ['official', 'screen'] as const) {
          const model = defaultTemplate.build(report, { lang, layout, qrUrl: 'https://nianbao.example.gov.cn/r/x' });
          for (const { text } of placedTexts(model, pageNumberSample)) for (const char of text) if (!coreCodePoints().has(char.codePointAt(0)!) && char >= ' ') outside.add(char);
        }
      }
    }
    expect([...outside]).toEqual([]);
  });
});

describe.each(faces)('the core of $id', ({ readied, core, whole, cut }) => {
  it('keeps every glyph id with its metrics, and each core character’s glyph and outline', () => {
    expect(cut.numGlyphs).toBe(whole.numGlyphs);
    let kept = 0;
    for (const codePoint of coreCodePoints()) {
      if (!whole.hasGlyphForCodePoint(codePoint)) {
        expect(cut.hasGlyphForCodePoint(codePoint)).toBe(false);
        continue;
      }
      const [a, b] = [cut.glyphForCodePoint(codePoint), whole.glyphForCodePoint(codePoint)];
      expect(a.id).toBe(b.id);
      expect([a.advanceWidth, a.advanceHeight]).toEqual([b.advanceWidth, b.advanceHeight]);
      kept++;
    }
    expect(kept).toBeGreaterThan(7_000);
    for (const char of '政府信息公开（一）A') {
      const codePoint = char.codePointAt(0)!;
      expect(cut.glyphForCodePoint(codePoint).path.toSVG()).toBe(whole.glyphForCodePoint(codePoint).path.toSVG());
    }
  });

  it('draws nothing outside the core: no cmap entry, no outline, the advance kept', () => {
    for (const codePoint of [zhe, kun]) {
      expect(whole.hasGlyphForCodePoint(codePoint)).toBe(true);
      expect(cut.hasGlyphForCodePoint(codePoint)).toBe(false);
      const id = whole.glyphForCodePoint(codePoint).id;
      expect(cut.getGlyph(id).path.toSVG()).toBe('');
      expect(cut.getGlyph(id).advanceWidth).toBe(whole.getGlyph(id).advanceWidth);
    }
    expect(core.face.length).toBeLessThan(readied.length * 0.3);
  });

  it('has one cmap subtable, format 12 for Unicode (3/10), and every other table but glyf and loca as it was', () => {
    expect(cut.cmap.tables.map((t) => [t.platformID, t.encodingID, t.table.version])).toEqual([[3, 10, 12]]);
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx', 'vhea', 'vmtx', 'OS/2', 'post', 'name']) {
      const before = sfntTable(readied, tag);
      if (before) expect(Buffer.from(sfntTable(core.face, tag)!).equals(Buffer.from(before)), tag).toBe(true);
    }
  });

  it('names what the whole face covers, as ranges', () => {
    const held = whole.characterSet.filter((codePoint) => rangesHold(core.wholeCoverage, codePoint));
    expect(held).toHaveLength(whole.characterSet.length);
    expect(rangesHold(core.wholeCoverage, zhe)).toBe(true);
    expect(rangesHold(core.wholeCoverage, 0xe000)).toBe(whole.hasGlyphForCodePoint(0xe000));
    expect(rangesHold(core.wholeCoverage, 0x10ffff)).toBe(false);
  });
});

describe('scripts/build-fonts.ts --core', () => {
  it('writes each core face and, beside it, the whole face’s coverage', () => {
    const files = writeCoreFontsFolder(folder);
    for (const { id, core } of faces) {
      const written = files.get(id)!;
      expect(readFileSync(written.core).equals(core.face), id).toBe(true);
      expect(readWholeCoverage(written.core)).toEqual(core.wholeCoverage);
      expect(readWholeCoverage(written.whole)).toBeUndefined();
    }
  }, 120_000);
});
