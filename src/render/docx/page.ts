/**
 * Page setup for a section: A4, the layout's margins in twips, the GB/T 9704 document grid
 * (22 lines × 28 characters) where the layout has one, and page numbers 「— N —」 on the
 * right of odd pages and the left of even pages (a PAGE field, one character in from the edge).
 */
import { AlignmentType, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { characterSpacing, linePitch, mmToTwips, POINTS_PER_MM, type PageSetup } from '../../model/page-setup.ts';
import { halfPoints, pointsToTwips, type DocxContext } from './context.ts';
import { runFonts } from './faces.ts';
import { OFF_GRID_STYLE } from './styles.ts';

/** Word's `charSpace` counts 1/4096 of a point beyond the default font's size. */
const CHAR_SPACE_UNITS_PER_POINT = 4096;

/** From the page's bottom edge to the bottom of the page-number line, whose top is 7 mm below the text block. */
const footerDistance = (setup: PageSetup) =>
  mmToTwips(setup.margins.bottom - setup.pageNumberGap - setup.pageNumberSize / POINTS_PER_MM);

export function pageProperties(setup: PageSetup, headerDistance: number): ISectionPropertiesOptions {
  const grid =
    setup.grid.linesPerPage > 0
      ? {
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: pointsToTwips(linePitch(setup)),
            charSpace: Math.round(characterSpacing(setup) * CHAR_SPACE_UNITS_PER_POINT),
          },
        }
      : {};
  return {
    page: {
      size: { width: mmToTwips(setup.paper.width), height: mmToTwips(setup.paper.height) },
      margin: {
        top: mmToTwips(setup.margins.top),
        right: mmToTwips(setup.margins.right),
        bottom: mmToTwips(setup.margins.bottom),
        left: mmToTwips(setup.margins.left),
        header: headerDistance,
        footer: footerDistance(setup),
        gutter: 0,
      },
    },
    ...grid,
  };
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
