/**
 * Combining marks belong to their base character (no width, no spacing slot of their own,
 * never at the start of a line), and a run wider than a line is cut so that no glyph
 * passes the right margin (issue 11): read back from the rendered file.
 */
import { describe, expect, it } from 'vitest';
import { mmToPoints, pageSetups } from '../../../src/model/page-setup.ts';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { model } from './models.ts';
import { type PdfLine, readPdf } from './read-pdf.ts';

const { margins, paper, grid } = pageSetups.official;
const left = mmToPoints(margins.left);
const right = mmToPoints(paper.width - margins.right);
const isMark = (c: string) => /\p{M}/u.test(c);

async function bodyLines(text: string): Promise<PdfLine[]> {
  const { pages } = readPdf(await pdfRenderer.render(model([{ type: 'paragraph', text }], { qr: false })));
  return pages.flatMap((page) => page.lines).filter((line) => !/^— \d+ —$/.test(line.text.trim()));
}

describe.each([
  ['「中\u0301」×84', '中\u0301'.repeat(84)],
  ["('a'+U+0301×3)×1250", ('a' + '\u0301'.repeat(3)).repeat(1250)],
])('%s', (_, text) => {
  it('keeps every glyph inside the text block and every mark with its base', async () => {
    const lines = await bodyLines(text);
    expect(lines.length).toBeGreaterThan(2);
    let bases = 0;
    for (const line of lines) {
      expect(isMark(line.chars[0]?.c ?? ''), 'a line starts with a mark').toBe(false);
      for (const char of line.chars) {
        expect(char.x).toBeGreaterThanOrEqual(left - 0.5);
        expect(char.right).toBeLessThanOrEqual(right + 0.5);
        if (!isMark(char.c)) bases++;
      }
    }
    expect(bases).toBe([...text].filter((c) => !isMark(c)).length);
  });
});

describe('marks take no spacing slot', () => {
  it('sets 「中\u0301」 on the grid as 「中」 alone: 28 to a full line, 26 after the indent', async () => {
    const lines = await bodyLines('中\u0301'.repeat(84));
    const perLine = lines.map((line) => line.chars.filter((c) => !isMark(c.c)).length);
    expect(perLine.slice(0, 3)).toEqual([grid.charsPerLine - 2, grid.charsPerLine, grid.charsPerLine]);
    // Each line's last base ends at the right edge: the marks added no width.
    for (const line of lines.slice(0, 3)) {
      const lastBase = line.chars.filter((c) => !isMark(c.c)).at(-1);
      expect(Math.abs((lastBase?.right ?? 0) - right)).toBeLessThan(0.5);
    }
  });
});
