/**
 * Column widths and words: a column is widened to hold its widest word where the others
 * can give the room, and where they cannot, a word longer than its column is cut inside
 * the column — read back from the file, no glyph crosses into the next column.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/document.ts';
import { fitColumns } from '../../../src/render/pdf/column-widths.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model } from './models.ts';
import { mm, readPdf } from './read-pdf.ts';

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

describe('fitColumns', () => {
  it('keeps the preferred widths where every column holds its words', () => {
    expect(fitColumns([100, 50, 50], [40, 20, 20])).toEqual([100, 50, 50]);
  });

  it('widens a short column to its minimum, taking the room from the others in proportion', () => {
    const widths = fitColumns([100, 50, 50], [10, 80, 10]);
    expect(widths[1]).toBe(80);
    expect(widths[0]).toBeCloseTo(80);
    expect(widths[2]).toBeCloseTo(40);
    expect(sum(widths)).toBeCloseTo(200);
  });

  it('widens columns pushed below their minimum by another column’s widening', () => {
    const widths = fitColumns([100, 50, 50], [10, 100, 45]);
    expect(widths.map((w) => Math.round(w))).toEqual([55, 100, 45]);
  });

  it('leaves the preferred widths when the minimums cannot all fit', () => {
    expect(fitColumns([100, 50, 50], [150, 60, 10])).toEqual([100, 50, 50]);
  });
});

const cell = (text: string) => ({ content: { text } });
const textLeft = 28;
const textWidth = 156;

async function charsOf(block: Block) {
  const { pages } = readPdf(await pdfRenderer.render(model([block], { qr: false })));
  return pages.flatMap((page) => page.lines.flatMap((line) => line.chars)).filter((c) => /[A-Za-z]/.test(c.c));
}

describe('words in table columns', () => {
  it('widens a narrow number column so its English heading prints as one word', async () => {
    const chars = await charsOf({
      type: 'table',
      columnWidths: [8, 1],
      header: [[cell('Category'), cell('organisations')]],
      body: [[cell('Rules'), { content: { text: '12' }, numeric: true }]],
    });
    const word = chars.filter((c) => 'organisations'.includes(c.c) && mm(c.x) > textLeft + textWidth / 2);
    expect(word.map((c) => c.c).join('')).toBe('organisations');
    expect(new Set(word.map((c) => Math.round(c.y))).size).toBe(1);
  });

  it('cuts a word longer than any column can be inside its own column', async () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const columns = 4;
    const chars = await charsOf({
      type: 'table',
      columnWidths: Array.from({ length: columns }, () => 1),
      header: [Array.from({ length: columns }, (_, i) => cell(`${'ABCD'[i]}${word}`))],
      body: [],
    });
    for (let i = 0; i < columns; i++) {
      const [left, right] = [textLeft + (i * textWidth) / columns, textLeft + ((i + 1) * textWidth) / columns];
      const inColumn = chars.filter((c) => mm(c.x) >= left && mm(c.x) < right);
      expect(inColumn.map((c) => c.c).join(''), `column ${i}`).toContain('ABCD'[i]);
      for (const c of inColumn) expect(mm(c.right), `column ${i} ${c.c}`).toBeLessThanOrEqual(right);
    }
  });
});
