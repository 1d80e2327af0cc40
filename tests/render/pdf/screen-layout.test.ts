/** The screen layout: the same content as official, with comfortable margins. */
import { describe, expect, it } from 'vitest';
import { pageSetups } from '../../../src/model/page-setup.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { headings, model, pureChinese, qrUrl, spannedTable } from './models.ts';
import { decodeQr, emTop, mm, readPdf } from './read-pdf.ts';

const content = [...headings, { type: 'paragraph' as const, text: pureChinese(600) }, spannedTable];

describe('screen layout', () => {
  it('keeps every character of the official layout, set inside the screen margins', async () => {
    // A table repeats its header rows and group labels on every page it reaches: those
    // characters come as often as the layout has pages, so they are left out of the count.
    const repeated = new Set('分组信息内容数量本年制发废止现行有效自然人');
    const read = async (layout: 'official' | 'screen') =>
      readPdf(await pdfRenderer.render(model(content, { layout, qr: false }))).pages;
    const [official, screen] = [await read('official'), await read('screen')];
    const textOf = (pages: typeof official) =>
      pages.flatMap((page) => page.lines.filter((line) => !/^— \d+ —$/.test(line.text)).map((line) => line.text)).join('');
    const counted = (text: string) => [...text].filter((c) => !repeated.has(c)).sort();
    expect(counted(textOf(screen))).toEqual(counted(textOf(official)));
    expect(screen.length).toBeLessThan(official.length);

    const { margins, bodySize } = pageSetups.screen;
    const body = screen.flatMap((page) => page.lines).filter((line) => line.chars[0]?.size === bodySize);
    const first = screen[0]?.lines[0]?.chars[0];
    expect(first).toBeDefined();
    if (first) expect(Math.abs(mm(emTop(first)) - margins.top)).toBeLessThanOrEqual(1);
    for (const line of body) {
      expect(mm(line.chars[0]?.x ?? 0)).toBeGreaterThanOrEqual(margins.left - 0.5);
      expect(mm(line.chars.at(-1)?.right ?? 0)).toBeLessThanOrEqual(210 - margins.right + 0.5);
    }
  });

  it('opens the text with the QR code, which the 20 mm margin cannot hold, above the title', async () => {
    const { pages, document } = readPdf(await pdfRenderer.render(model(content, { layout: 'screen' })));
    const code = decodeQr(document, 0, 150);
    expect(code?.data).toBe(qrUrl);
    const codeBottom = ((code?.location.bottomLeftCorner.y ?? Number.POSITIVE_INFINITY) * 72) / 150;
    const title = pages[0]?.lines.find((line) => line.text === '淮安市人民政府')?.chars[0];
    expect(title && emTop(title)).toBeGreaterThan(codeBottom);
    expect(mm(codeBottom)).toBeGreaterThan(pageSetups.screen.margins.top);
  });
});
