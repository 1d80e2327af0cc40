/**
 * Body paragraphs. Chinese prose is set on the document grid (grid-lines.ts): every full
 * line justified to both edges by character spacing (line-pieces.ts), the last line on
 * the grid's own spacing. Text without Chinese (the English of `en`) is broken between
 * clusters (wrapLines) and justified by sharing the room left evenly between its clusters,
 * which suits Latin prose better than letter spacing; a paragraph's last line and a line
 * ended by a newline stay at the left.
 */
import type { ParagraphBlock } from '../../model/document.ts';
import { mmToPoints } from '../../model/page-setup.ts';
import { breakClusters } from './break-clusters.ts';
import type { FlowItem } from './flow.ts';
import { type GridLine, gridLines, spacingLimits } from './grid-lines.ts';
import { linePieces, pieceTotals } from './line-pieces.ts';
import { textWidth, wrapLines } from './measure.ts';
import type { PageContext } from './page-context.ts';
import type { Mark } from './page-plan.ts';
import { fontRuns } from '../../fonts/runs.ts';
import { type Align, type Inline, inline, inlines, placeLine } from './set-line.ts';

/** Room left so that float sums never push a justified line past the line's width. */
const slack = 0.001;

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

function gridLine(line: GridLine, justify: boolean, page: PageContext): Inline[] {
  const size = page.setup.bodySize;
  const parts = fontRuns(line.text, 'body').flatMap((run) => linePieces(run.text, size).map((piece) => ({ face: run.face, piece })));
  const natural = parts.reduce((sum, { piece }) => sum + textWidth(piece.text, 'body', size), 0);
  const { slots, fixed } = pieceTotals(parts.map((p) => p.piece));
  const filling = slots > 0 ? (line.width - slack - natural - fixed) / slots : 0;
  // A full line is spread to the edge, but never letter-spaced beyond the limit; the last
  // line keeps the grid's spacing.
  const spacing = justify && !line.last ? Math.min(filling, spacingLimits.loosest * size) : Math.min(page.gridSpacing, filling);
  return parts.map(({ face, piece }) => inline(piece.text, face, size, piece.share * spacing + piece.fixed));
}

/** A line of Latin prose: its clusters, each an inline, so the room left can go between them. */
const clusterInlines = (line: string, size: number) => breakClusters(line).flatMap((cluster) => inlines(cluster, 'body', size));

type ProseLine = { readonly inlines: Inline[]; readonly indent: number; readonly justify: boolean };

function proseLines(text: string, align: Align, firstIndent: number, page: PageContext): ProseLine[] {
  const size = page.setup.bodySize;
  const lines: ProseLine[] = [];
  text.split(/\r?\n/).forEach((part, p) => {
    const indent = p === 0 ? firstIndent : 0;
    const width = page.width - indent;
    const single = textWidth(part, 'body', size) <= width;
    const broken = single ? [part] : wrapLines(part, 'body', size, page.width, width);
    broken.forEach((line, i) => {
      lines.push({
        inlines: single ? inlines(line, 'body', size) : clusterInlines(line, size),
        indent: lines.length === 0 ? firstIndent : 0,
        justify: align === 'justify' && i < broken.length - 1,
      });
    });
  });
  return lines;
}

export function paragraph(block: ParagraphBlock, page: PageContext): FlowItem[] {
  const align = block.align ?? 'justify';
  const firstIndent = (block.indent ?? true) ? 2 * page.character : 0;
  const after = page.layout === 'official' ? 0 : page.pitch / 2;
  const lineHeight = page.pitch - slack;
  const left = mmToPoints(page.setup.margins.left);
  // The paragraph's lines on the grid pitch, a page break allowed between any two.
  const linesOf = <Line>(lines: readonly Line[], draw: (line: Line, top: number) => Mark[]): FlowItem[] => [
    { kind: 'lines', before: 0, heights: lines.map(() => lineHeight), after, draw: (i, top) => draw(lines[i] as Line, top) },
  ];
  if (hasHan(block.text) && (align === 'justify' || align === 'left')) {
    const settings = { role: 'body' as const, size: page.setup.bodySize, characterSpacing: page.gridSpacing, lineWidth: page.width };
    // A newline inside a paragraph ends a line; only the paragraph's first line is indented.
    const lines = block.text
      .split(/\r?\n/)
      .flatMap((part, i) => gridLines(part, { ...settings, firstIndent: i === 0 ? firstIndent : 0 }));
    return linesOf(lines, (line: GridLine, top) =>
      placeLine(gridLine(line, align === 'justify', page), { x: left + line.indent, top, width: line.width, align: 'left' }),
    );
  }
  return linesOf(proseLines(block.text, align, firstIndent, page), (line: ProseLine, top) => {
    const width = (align === 'center' || align === 'right' ? page.alignWidth : page.width) - line.indent;
    return placeLine(line.inlines, { x: left + line.indent, top, width, align, justify: line.justify });
  });
}
