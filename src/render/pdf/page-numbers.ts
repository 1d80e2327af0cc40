/** Page numbers, below the text block in the bottom margin, so they move no line of the grid. */
import { roleFace } from '../../fonts/faces.ts';
import { mmToPoints } from '../../model/page-setup.ts';
import type { Mark } from './page-plan.ts';
import { emBoxDrop, type PageContext } from './page-context.ts';
import { contentLines, placeLines } from './text-lines.ts';

/** GB/T 9704 §7.5: 「— 1 —」, an Arabic numeral between two dashes. */
const pageNumberText = (page: number) => `— ${page} —`;
/** Every character a page number can use, for the coverage preflight. */
export const pageNumberSample = pageNumberText(1234567890);

/**
 * Page numbers 7 mm below the text block in the page-number face; in `official`, odd pages
 * right-aligned and even pages left-aligned, one character in from the text edge.
 */
export function pageNumber(page: PageContext): (pageNumber: number) => Mark[] {
  const { setup } = page;
  const size = setup.pageNumberSize;
  const face = roleFace('pageNumber');
  const top = page.paper.height - mmToPoints(setup.margins.bottom) + mmToPoints(setup.pageNumberGap) - emBoxDrop(face, size);
  const left = mmToPoints(setup.margins.left);
  const width = page.alignWidth;
  return (current) => {
    const lines = contentLines({ text: pageNumberText(current) }, 'pageNumber', size, width);
    const at = { top, lineHeight: size * 1.4 };
    if (page.layout === 'screen') return placeLines(lines, { ...at, x: left, width, align: 'center' });
    return current % 2 === 1
      ? placeLines(lines, { ...at, x: left, width: width - page.character, align: 'right' })
      : placeLines(lines, { ...at, x: left + page.character, width: width - page.character, align: 'left' });
  };
}
