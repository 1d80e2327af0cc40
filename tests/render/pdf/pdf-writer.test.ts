/**
 * The PDF writer draws a page plan as it is given, read back with mupdf: text on its
 * baseline in its face and size, each character `characterSpacing` after the last, rules
 * where they are, fills under the text, one page per plan page; the same plan, the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { roleFace } from '../../../src/fonts/faces.ts';
import type { DocumentPlan } from '../../../src/render/pdf/page-plan.ts';
import { pdfBytes } from '../../../src/render/pdf/pdf-writer.ts';
import { rasterize, readPdf, rulesOf } from './read-pdf.ts';

const face = roleFace('body');
const metadata = { title: '标题', author: '作者', subject: '主题', keywords: 'a, b', language: 'zh-CN', date: new Date('2025-03-31T00:00:00Z') };
const plan: DocumentPlan = {
  size: { width: 595.28, height: 841.89 },
  metadata,
  pages: [
    [
      { kind: 'text', x: 100, baseline: 200, face: face.id, size: 16, text: '政府信息', characterSpacing: 2, width: 70 },
      { kind: 'rule', x1: 100, y1: 300, x2: 400, y2: 300, width: 0.5 },
      { kind: 'fill', x: 100, y: 400, width: 200, height: 50, color: '#E4E4E4' },
      { kind: 'text', x: 120, baseline: 430, face: face.id, size: 10.5, text: '公开', characterSpacing: 0, width: 21 },
    ],
    [{ kind: 'text', x: 300, baseline: 500, face: face.id, size: 14, text: '— 2 —', characterSpacing: 0, width: 40 }],
  ],
};

describe('the PDF writer', () => {
  it('sets text on its baseline, in its face and size, spaced as asked', async () => {
    const { pages } = readPdf(await pdfBytes(plan));
    expect(pages).toHaveLength(2);
    const line = pages[0]?.lines.find((l) => l.text === '政府信息');
    const chars = line?.chars ?? [];
    expect(chars[0]?.x).toBeCloseTo(100, 2);
    expect(chars[0]?.y).toBeCloseTo(200, 2);
    expect(chars[0]?.size).toBeCloseTo(16, 2);
    expect(chars[0]?.font).toMatch(face.font.postscriptName);
    // A Chinese character is one em wide: the next starts 16 + 2 points on.
    expect((chars[1]?.x ?? 0) - (chars[0]?.x ?? 0)).toBeCloseTo(18, 2);
    expect(pages[1]?.lines.map((l) => l.text)).toEqual(['— 2 —']);
  });

  it('strokes rules where they are and fills under the text', async () => {
    const { document } = readPdf(await pdfBytes(plan));
    expect(rulesOf(document, 0)).toEqual([{ axis: 'horizontal', at: 300, from: 100, to: 400, width: 0.5 }]);
    const { width, rgba } = rasterize(document, 0, 72);
    const pixel = (x: number, y: number) => [...rgba.slice((y * width + x) * 4, (y * width + x) * 4 + 3)];
    expect(pixel(110, 440)).toEqual([0xe4, 0xe4, 0xe4]);
    expect(pixel(50, 440)).toEqual([255, 255, 255]);
    // The text drawn over the fill is not covered by it.
    const glyphs = Array.from({ length: 21 * 12 }, (_, i) => pixel(120 + (i % 21), 420 + Math.floor(i / 21)));
    expect(glyphs.some(([r]) => (r ?? 255) < 0x80)).toBe(true);
  });

  it('writes the same bytes for the same plan', async () => {
    expect(Buffer.from(await pdfBytes(plan)).equals(Buffer.from(await pdfBytes(plan)))).toBe(true);
  });
});
