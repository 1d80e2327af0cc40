/**
 * The width between a page's side margins, as what sits in the margins (page numbers, the
 * QR code) is aligned in it: from the paper's size in points as the PDF names it, which
 * differs from the text block's width (from millimetres) in the third decimal.
 */
import { mmToPoints } from '../../model/page-setup.ts';
import type { PageContext } from './page-context.ts';
import type { PageSize } from './page-plan.ts';

export const marginsApart = (page: PageContext, paper: PageSize) =>
  paper.width - mmToPoints(page.setup.margins.left) - mmToPoints(page.setup.margins.right);
