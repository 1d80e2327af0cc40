/**
 * The official layout measured on the rendered file (mupdf): A4, the GB/T 9704 text
 * block, 28 characters on every full line, 22 lines on a full page, page numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontRole } from '../../../src/fonts/config.ts';
import { roleFace } from '../../../src/fonts/faces.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { emTop, mm, type PdfLine, type PdfPage, readPdf } from './read-pdf.ts';
import { headings, model, pureChinese } from './models.ts';

let pages: PdfPage[];
const pageNumberLine = (page: PdfPage) => page.lines.at(-1) as PdfLine;
const bodyLines = (page: PdfPage) => page.lines.slice(0, -1);

beforeAll(async () => {
  const bytes = await pdfRenderer.render(model([...headings, { type: 'paragraph', text: pureChinese(2500) }], { qr: false }));
  pages = readPdf(bytes).pages;
});

describe('official layout (GB/T 9704)', () => {
  it('prints on A4 pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(mm(page.width)).toBeCloseTo(210, 0);
      expect(mm(page.height)).toBeCloseTo(297, 0);
    }
  });

  it('starts body text 28 ± 1 mm from the left and 37 ± 1 mm from the top', () => {
    const first = bodyLines(pages[1] as PdfPage)[0]?.chars[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(Math.abs(mm(first.x) - 28)).toBeLessThanOrEqual(1);
    expect(Math.abs(mm(emTop(first)) - 37)).toBeLessThanOrEqual(1);
  });

  it('holds exactly 28 characters on each full line, justified to the right edge (184 mm)', () => {
    const full = pages.slice(1, -1).flatMap(bodyLines);
    expect(full.length).toBeGreaterThan(40);
    for (const line of full) {
      expect(line.chars).toHaveLength(28);
      expect(Math.abs(mm(line.chars.at(-1)?.right ?? 0) - 184)).toBeLessThanOrEqual(0.5);
    }
  });

  it('holds exactly 22 lines on a full page, on a 28.99 pt pitch', () => {
    for (const page of pages.slice(1, -1)) {
      const lines = bodyLines(page);
      expect(lines).toHaveLength(22);
      const pitches = lines.slice(1).map((line, i) => line.y - (lines[i] as PdfLine).y);
      for (const pitch of pitches) expect(pitch).toBeCloseTo(28.99, 1);
    }
  });

  it('indents the paragraph’s first line by two characters', () => {
    const firstBodyLine = pages[0]?.lines.find((line) => line.chars[0]?.size === 16 && line.chars.length > 20);
    expect(mm(firstBodyLine?.chars[0]?.x ?? 0)).toBeCloseTo(28 + 2 * (156 / 28), 0);
  });

  it('numbers pages 「— N —」 7 mm below the text block, odd right and even left, one character in', () => {
    const character = 156 / 28;
    pages.forEach((page, i) => {
      const line = pageNumberLine(page);
      expect(line.text).toBe(`— ${i + 1} —`);
      const [first, last] = [line.chars[0], line.chars.at(-1)];
      if (!first || !last) throw new Error('empty page number line');
      expect(first.size).toBe(14);
      expect(Math.abs(mm(emTop(first)) - (297 - 35 + 7))).toBeLessThanOrEqual(1);
      if ((i + 1) % 2 === 1) expect(Math.abs(mm(last.right) - (184 - character))).toBeLessThanOrEqual(1);
      else expect(Math.abs(mm(first.x) - (28 + character))).toBeLessThanOrEqual(1);
    });
  });

  it('sets the title and each heading level in the face its role is mapped to', () => {
    const facesOf = (text: string) => new Set(pages[0]?.lines.find((line) => line.text === text)?.chars.map((c) => c.font.split('+')[1]));
    const face = (role: FontRole) => roleFace(role).font.postscriptName;
    expect(face('heading1')).not.toBe(face('body'));
    expect(facesOf('淮安市人民政府')).toEqual(new Set([face('title')]));
    expect(facesOf('一、总体情况')).toEqual(new Set([face('heading1')]));
    expect(facesOf('（一）主动公开')).toEqual(new Set([face('heading2')]));
    expect(facesOf('1.政策解读')).toEqual(new Set([face('heading3')]));
  });
});
