/**
 * Headings and captions keep with what follows them, read back from the file: a heading
 * near the foot of a page goes over with its table's caption, header and first row, and
 * stays put where there is room for them.
 */
import { describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../../../src/model/document.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model, pureChinese } from './models.ts';
import { type PdfPage, readPdf } from './read-pdf.ts';

const heading = '四、政府信息公开行政复议、行政诉讼情况';
const firstRowFigure = '7531';

/** A table whose three-row header alone needs more room than two body lines leave. */
const table: Block = {
  type: 'table',
  caption: { text: '第二十条第（八）项' },
  columnWidths: [3, 2, 2],
  header: [
    [{ content: { text: '信息内容' }, rowSpan: 3 }, { content: { text: '申请人情况' }, colSpan: 2 }, { covered: true }],
    [{ covered: true }, { content: { text: '自然人' } }, { content: { text: '法人或其他组织' } }],
    [{ covered: true }, { content: { text: '本年收费金额（单位：万元）' } }, { content: { text: '总计' } }],
  ],
  body: Array.from({ length: 4 }, (_, i): TableRow => [
    { content: { text: `行政事业性收费第${i + 1}类` } },
    { content: { text: String(Number(firstRowFigure) + i) }, numeric: true },
    { content: { text: String(i) }, numeric: true },
  ]),
};

/** A paragraph of `lines` full grid lines (the first indented two characters). */
const paragraphOfLines = (lines: number): Block => ({ type: 'paragraph', text: pureChinese(26 + 28 * (lines - 1)) });

const pageOf = (pages: readonly PdfPage[], text: string) =>
  pages.findIndex((page) => page.lines.some((line) => line.text.replaceAll(' ', '').includes(text)));

async function render(blocks: readonly Block[]) {
  return readPdf(await pdfRenderer.render(model(blocks, { qr: false }))).pages;
}

describe('keeping with the next block', () => {
  it.each([1, 2, 3, 4])('takes a heading over with its caption and table head when %i lines are left', async (left) => {
    const pages = await render([paragraphOfLines(22 - left), { type: 'heading', level: 1, content: { text: heading } }, table]);
    expect(pageOf(pages, heading)).toBe(1);
    expect(pageOf(pages, '第二十条第（八）项')).toBe(1);
    expect(pageOf(pages, firstRowFigure)).toBe(1);
  });

  it('leaves the heading, caption and table where there is room for the head and first row', async () => {
    const pages = await render([paragraphOfLines(12), { type: 'heading', level: 1, content: { text: heading } }, table]);
    expect(pageOf(pages, heading)).toBe(0);
    expect(pageOf(pages, firstRowFigure)).toBe(0);
  });

  it('takes a caption over with its table when the page ends under it', async () => {
    const pages = await render([paragraphOfLines(21), table]);
    expect(pageOf(pages, '第二十条第（八）项')).toBe(1);
    expect(pageOf(pages, firstRowFigure)).toBe(1);
  });

  it('takes a heading on the last line over with the paragraph after it, not for a page number', async () => {
    const pages = await render([paragraphOfLines(21), { type: 'heading', level: 1, content: { text: heading } }, paragraphOfLines(3)]);
    expect(pageOf(pages, heading)).toBe(1);
    expect(pages[0]?.lines.some((line) => line.text === '— 1 —')).toBe(true);
  });
});
