/**
 * Tables read back from the file: header rows repeated on every page, no row split
 * across pages, spans and vertical labels, and the 16-column table in ≥ 9 pt.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../../../src/model/document.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model, pureChinese, wideTable } from './models.ts';
import { mm, type PdfLine, type PdfPage, readPdf } from './read-pdf.ts';

const rowLabel = (i: number) => (i % 3 === 0 ? `第${i}类：${'依法应当主动公开的规章、规范性文件及其解读材料'.repeat(3)}` : `第${i}类`);
const rows = 45;

/** Two header rows with spans, a vertical group label over ten rows, rows of three lines. */
const longTable: Block = {
  type: 'table',
  caption: { text: '第二十条第（一）项' },
  columnWidths: [1, 4, 2, 2, 2],
  header: [
    [{ content: { text: '分组' }, rowSpan: 2 }, { content: { text: '信息内容' }, rowSpan: 2 }, { content: { text: '数量' }, colSpan: 3 }, { covered: true }, { covered: true }],
    [{ covered: true }, { covered: true }, { content: { text: '本年制发' } }, { content: { text: '本年废止' } }, { content: { text: '现行有效' } }],
  ],
  body: Array.from({ length: rows }, (_, i): TableRow => [
    i % 10 === 0 ? { content: { text: '自然人群' }, rowSpan: 10, vertical: true } : { covered: true },
    { content: { text: rowLabel(i) } },
    { content: { text: String(100 + i) }, numeric: true },
    { content: { text: String(500 + i) }, numeric: true },
    { content: { text: String(9000 + i) }, numeric: true },
  ]),
};

let pages: PdfPage[];
const pageText = (page: PdfPage) => page.lines.map((line) => line.text).join('\n');

beforeAll(async () => {
  const bytes = await pdfRenderer.render(model([{ type: 'paragraph', text: pureChinese(500) }, longTable, wideTable], { qr: false }));
  pages = readPdf(bytes).pages;
});

describe('tables in the PDF', () => {
  it('repeats both header rows on every page the table runs over', () => {
    const withRows = pages.filter((page) => /第\d+类/.test(pageText(page)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) {
      expect(pageText(page)).toContain('信息内容');
      expect(pageText(page)).toContain('本年制发');
    }
  });

  it('never splits a row across pages: a row’s whole label sits beside its figures', () => {
    // The label column, from the model's relative widths [1, 4, 2, 2, 2] of the 156 mm block.
    const [left, right] = [28 + 156 / 11, 28 + (5 * 156) / 11];
    const labelText = (line: PdfLine) => line.chars.filter((c) => mm(c.x) > left && mm(c.x) < right).map((c) => c.c).join('');
    // A row starts where its label starts (the label is its tallest cell); its figures are centred in it.
    const startsRow = (line: PdfLine, i: number) => new RegExp(`^第${i}类(?!\\d)`).test(labelText(line));
    for (let i = 0; i < rows; i++) {
      const page = pages.find((candidate) => candidate.lines.some((line) => line.text.includes(String(9000 + i))));
      const lines = page?.lines ?? [];
      const figureY = lines.find((line) => line.text.includes(String(9000 + i)))?.y ?? Number.NaN;
      const rowTop = lines.find((line) => startsRow(line, i))?.y ?? Number.NaN;
      // The next row's top, or the foot of the text block, or (after the last row) just below the figures.
      const bottom = i === rows - 1 ? figureY + 12 : (297 - 35) * 2.8346;
      const nextTop = lines.find((line) => startsRow(line, i + 1))?.y ?? bottom;
      expect(figureY, `row ${i}`).toBeGreaterThan(rowTop - 1);
      expect(figureY, `row ${i}`).toBeLessThan(nextTop - 1);
      const label = lines
        .filter((line) => line.y > rowTop - 1 && line.y < nextTop - 1 && mm(line.y) < 297 - 35)
        .map(labelText)
        .join('');
      expect(label, `row ${i}`).toBe(rowLabel(i));
    }
  });

  it('sets a vertical group label one character per line, in one column', () => {
    const chars = pages.flatMap((page, p) => page.lines.flatMap((line) => line.chars.filter((c) => '自然人群'.includes(c.c)).map((c) => ({ ...c, p }))));
    const firstGroup = chars.filter((c) => c.p === chars[0]?.p).slice(0, 4);
    expect(firstGroup.map((c) => c.c).join('')).toBe('自然人群');
    const xs = new Set(firstGroup.map((c) => Math.round(c.x)));
    expect(xs.size).toBe(1);
    const ys = firstGroup.map((c) => c.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('keeps every figure of the 16-column table, none smaller than 9 pt', () => {
    const text = pages.map(pageText).join('\n').replaceAll('\n', '');
    for (let i = 0; i < 15; i++) {
      expect(text).toContain(String(1 + i * 37));
      expect(text).toContain(String(1234 + i * 37));
    }
    const digits = pages.flatMap((page) => page.lines.flatMap((line) => line.chars)).filter((c) => /[0-9]/.test(c.c));
    for (const digit of digits) expect(digit.size).toBeGreaterThanOrEqual(9);
  });
});
