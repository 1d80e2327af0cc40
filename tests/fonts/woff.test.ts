/**
 * The 楷体 of 「（一）」 headings arrives as WOFF (LXGW WenKai): unpacked, it is the same
 * font fontkit reads from the WOFF itself, and the PDF draws level-2 headings in it while
 * the body stays in the serif face.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { isWoff, woffToSfnt } from '../../src/fonts/woff.ts';
import { pdfRenderer } from '../../src/render/pdf/index.ts';
import { exampleModel } from '../render/docx/fixtures.ts';
import { readPdf } from '../render/pdf/read-pdf.ts';

describe('woffToSfnt', () => {
  const kai = fontConfig().pdf.faces[fontConfig().pdf.roles.heading2];
  if (!kai) throw new Error('the default config names a heading2 face');
  const woff = readFileSync(facePath(kai));

  it('gives the TrueType (glyf) font inside, glyph for glyph', () => {
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff);
    expect(isWoff(sfnt)).toBe(false);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const [fromWoff, fromSfnt] = [create(woff), create(sfnt)];
    expect(fromSfnt.postscriptName).toBe('LXGWWenKai-Regular');
    expect(sfnt.byteLength, 'tables inflated').toBeGreaterThan(woff.byteLength);
    const sample = '（一）主动公开情况；（二）依申请公开，2024年';
    expect(fromSfnt.layout(sample).glyphs.map((g) => g.id)).toEqual(fromWoff.layout(sample).glyphs.map((g) => g.id));
    expect(fromSfnt.layout(sample).advanceWidth).toBe(fromWoff.layout(sample).advanceWidth);
    let unified = 0;
    for (let code = 0x4e00; code <= 0x9fff; code += 1) if (fromSfnt.hasGlyphForCodePoint(code)) unified += 1;
    expect(unified, 'CJK Unified Ideographs drawn').toBeGreaterThan(20_000);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.alloc(64))).toThrow(/not a WOFF/);
  });
});

describe('level-2 headings in the PDF', () => {
  it('are drawn in the Kai face, the body in the serif face', async () => {
    const { pages } = readPdf(await pdfRenderer.render(exampleModel('hailin-2020')));
    const lines = pages.flatMap((page) => page.lines);
    const heading = lines.find((line) => line.text.startsWith('（二）依申请公开'));
    expect(heading, 'a 「（二）」 heading').toBeDefined();
    expect(new Set(heading!.chars.map((c) => c.font.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['LXGWWenKai-Regular']));
    const body = lines.find((line) => line.text.startsWith('根据《中华人民共和国政府信息公开条例》'));
    expect(body!.chars.some((c) => c.font.endsWith('NotoSerifSC-Regular'))).toBe(true);
    expect(body!.chars.some((c) => c.font.endsWith('LXGWWenKai-Regular'))).toBe(false);
  });
});
