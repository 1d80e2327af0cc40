/**
 * Page setup for a section: A4, the layout's margins in twips, the GB/T 9704 document grid
 * (22 lines × 28 characters) where the layout has one, and page numbers 「— N —」 on the
 * right of odd pages and the left of even pages (a PAGE field, one character in from the edge).
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { characterSpacing, linePitch, mmToTwips, POINTS_PER_MM, type PageSetup } from '../../model/page-setup.ts';
import { halfPoints, pointsToTwips, type DocxContext } from './context.ts';
import { runFonts } from './faces.ts';
import { OFF_GRID_STYLE } from './styles.ts';

/** Word's `charSpace` counts 1/4096 of a point beyond the default font's size. */
const CHAR_SPACE_UNITS_PER_POINT = 4096;

/** From the page's bottom edge to the bottom of the page-number line, whose top is 7 mm below the text block. */
const footerDistance = (setup: PageSetup) =>
  mmToTwips(setup.margins.bottom - setup.pageNumberGap - setup.pageNumberSize / POINTS_PER_MM);

/** A header or footer part the section points to, by kind, with the relationship id docx gave it. */
export type PartReference = { readonly element: 'headerReference' | 'footerReference'; readonly type: 'default' | 'first' | 'even'; readonly id: string };

/** `w:sectPr`: the header and footer parts, A4 and the margins, a first page of its own where it has one, and the grid. */
export function sectionXml(setup: PageSetup, headerDistance: number, references: readonly PartReference[], titlePage: boolean): string {
  const grid =
    setup.grid.linesPerPage > 0
      ? `<w:docGrid w:type="linesAndChars" w:linePitch="${pointsToTwips(linePitch(setup))}" w:charSpace="${Math.round(characterSpacing(setup) * CHAR_SPACE_UNITS_PER_POINT)}"/>`
      : /* Word's own line pitch where the layout has no grid. */ '<w:docGrid w:linePitch="360"/>';
  const { margins } = setup;
  return (
    '<w:sectPr>' +
    references.map((r) => `<w:${r.element} w:type="${r.type}" r:id="${r.id}"/>`).join('') +
    `<w:pgSz w:w="${mmToTwips(setup.paper.width)}" w:h="${mmToTwips(setup.paper.height)}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${mmToTwips(margins.top)}" w:right="${mmToTwips(margins.right)}" w:bottom="${mmToTwips(margins.bottom)}" w:left="${mmToTwips(margins.left)}"` +
    ` w:header="${headerDistance}" w:footer="${footerDistance(setup)}" w:gutter="0"/>` +
    `<w:pgNumType/>${titlePage ? '<w:titlePg/>' : '<w:titlePg w:val="false"/>'}${grid}</w:sectPr>`
  );
}

function pageNumberFooter(context: DocxContext, side: 'odd' | 'even'): Footer {
  const size = context.setup.pageNumberSize;
  const oneCharacter = pointsToTwips(size);
  return new Footer({
    children: [
      new Paragraph({
        style: OFF_GRID_STYLE,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        spacing: { line: pointsToTwips(size), lineRule: 'exact' },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFonts(context.faces, 'pageNumber'),
            size: halfPoints(size),
          }),
        ],
      }),
    ],
  });
}

/** Odd pages (and the first) number on the right, even pages on the left. */
export function pageNumberFooters(context: DocxContext) {
  return {
    default: pageNumberFooter(context, 'odd'),
    first: pageNumberFooter(context, 'odd'),
    even: pageNumberFooter(context, 'even'),
  };
}
