/**
 * Body paragraphs. Chinese prose is set on the document grid (grid-lines.ts): every full
 * line justified to both edges by character spacing (line-pieces.ts), the last line on
 * the grid's own spacing. Text without Chinese (the English of `en`) is left to pdfmake, justified by
 * word spacing, which suits Latin prose better than letter spacing.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { ParagraphBlock } from '../../model/document.ts';
import { type GridLine, gridLines, spacingLimits } from './grid-lines.ts';
import { inlines, runs } from './inlines.ts';
import { linePieces, pieceTotals } from './line-pieces.ts';
import { textWidth, wrapLines } from './measure.ts';
import type { Rendered } from './blocks.ts';
import type { PageContext } from './page-context.ts';

/** Room left so that float sums never push a justified line past pdfmake's line width. */
const slack = 0.001;

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

function gridLine(line: GridLine, justify: boolean, page: PageContext): Content {
  const size = page.setup.bodySize;
  const parts = runs(line.text, 'body', { size, lineHeight: page.pitch - slack }).flatMap((run) =>
    linePieces(run.text, size).map((piece) => ({ run, piece })),
  );
  const natural = parts.reduce((sum, { piece }) => sum + textWidth(piece.text, 'body', size), 0);
  const { slots, fixed } = pieceTotals(parts.map((p) => p.piece));
  const filling = slots > 0 ? (line.width - slack - natural - fixed) / slots : 0;
  // A full line is spread to the edge, but never letter-spaced beyond the limit; the last
  // line keeps the grid's spacing.
  const spacing = justify && !line.last ? Math.min(filling, spacingLimits.loosest * size) : Math.min(page.gridSpacing, filling);
  return {
    text: parts.map(({ run, piece }) => ({ ...run, text: piece.text, characterSpacing: piece.share * spacing + piece.fixed })),
    noWrap: true,
    margin: [line.indent, 0, 0, 0],
  };
}

export function paragraph(block: ParagraphBlock, page: PageContext): Rendered {
  const align = block.align ?? 'justify';
  const size = page.setup.bodySize;
  const firstIndent = (block.indent ?? true) ? 2 * page.character : 0;
  const after = page.layout === 'official' ? 0 : page.pitch / 2;
  const lineHeight = page.pitch - slack;
  if (hasHan(block.text) && (align === 'justify' || align === 'left')) {
    const settings = { role: 'body' as const, size, characterSpacing: page.gridSpacing, lineWidth: page.width };
    // A newline inside a paragraph ends a line; only the paragraph's first line is indented.
    const lines = block.text
      .split(/\r?\n/)
      .flatMap((part, i) => gridLines(part, { ...settings, firstIndent: i === 0 ? firstIndent : 0 }));
    return {
      content: { stack: lines.map((line) => gridLine(line, align === 'justify', page)), margin: [0, 0, 0, after] },
      flow: [{ kind: 'lines', before: 0, heights: lines.map(() => lineHeight), after }],
    };
  }
  const width = page.width - firstIndent;
  const count = wrapLines(block.text, 'body', size, page.width, width).length;
  return {
    content: {
      text: inlines(block.text, 'body', { size, lineHeight, width }),
      alignment: align,
      leadingIndent: firstIndent,
      margin: [0, 0, 0, after],
    },
    flow: [{ kind: 'lines', before: 0, heights: Array.from({ length: count }, () => lineHeight), after }],
  };
}
