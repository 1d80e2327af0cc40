/**
 * What sits outside the text block: the page numbers below it and the QR code above it on
 * the first page. Both live in the margins, so neither moves a line of the text grid
 * (only where a margin is too narrow for the code, as on screen, does it open the text).
 */
import type { Content, DynamicContent, Margins } from 'pdfmake/interfaces.js';
import qrEncoder from 'pdfmake/js/qrEnc.js';
import type { QrCode } from '../../model/document.ts';
import { mmToPoints, typesetting } from '../../model/page-setup.ts';
import { qrCaptionLeading, qrGapMm, qrSidePoints } from '../../model/qr-layout.ts';
import { roleFace } from '../../fonts/faces.ts';
import { textWithSecondary } from './headings.ts';
import { emBoxDrop, type PageContext } from './page-context.ts';

/** GB/T 9704 §7.5: 「— 1 —」, an Arabic numeral between two dashes. */
export const pageNumberText = (page: number) => `— ${page} —`;
/** Every character a page number can use, for the coverage preflight. */
export const pageNumberSample = pageNumberText(1234567890);

/**
 * The style name marking what lies outside the text block, so that keeping headings with
 * their text (keep-with-next.ts) does not take a page number for text. No style by this
 * name is defined: it changes nothing in how the node is drawn.
 */
export const furnitureStyle = 'page-furniture';

const eccLevel = 'M';
const qrGap = mmToPoints(qrGapMm);

/**
 * pdfmake draws each module a whole number of points wide, so the code's size is chosen
 * as the smallest multiple of its module count that reaches the minimum width.
 */
export function qrSize(url: string): number {
  // Without `fit` the encoder draws 5 points per module.
  const measure = qrEncoder.measure ?? qrEncoder.default?.measure;
  if (!measure) throw new Error('pdfmake QR encoder not found');
  const modules = measure({ qr: url, eccLevel })._width / 5;
  return qrSidePoints(modules);
}

/** The QR code at the right, its caption to its left, level with the code's foot. */
function qrBlock(qr: QrCode, page: PageContext, size: number, margin: Margins): Content {
  const captionWidth = page.width - size - qrGap;
  const caption = textWithSecondary(qr.caption, 'table', typesetting.qrCaptionSize, qrCaptionLeading(), captionWidth);
  return {
    style: furnitureStyle,
    columns: [
      { width: '*', text: caption, style: furnitureStyle, alignment: 'right', margin: [0, size - 2 * qrCaptionLeading(), qrGap, 0] },
      { width: size, qr: qr.url, eccLevel, fit: size },
    ],
    margin,
  };
}

/**
 * Where the QR code goes: in the first page's top margin when it fits there (the
 * `official` margin of 37 mm), so the text grid is untouched; otherwise (the narrow
 * `screen` margin) as the first block of the text.
 */
export function qrPlacement(qr: QrCode, page: PageContext, topMargin: number): { header?: DynamicContent; block?: Content } {
  const size = qrSize(qr.url);
  if (size > topMargin) return { block: qrBlock(qr, page, size, [0, 0, 0, page.pitch / 2]) };
  const { margins } = page.setup;
  const margin: Margins = [mmToPoints(margins.left), (topMargin - size) / 2, mmToPoints(margins.right), 0];
  // Built afresh on each call: pdfmake marks up the nodes it lays out.
  return { header: (currentPage) => (currentPage === 1 ? qrBlock(qr, page, size, margin) : null) };
}

/**
 * Page numbers 7 mm below the text block in the page-number face; in `official`, odd pages
 * right-aligned and even pages left-aligned, one character in from the text edge.
 */
export function pageNumberFooter(page: PageContext, bottomMargin: number): DynamicContent {
  const { setup } = page;
  const size = setup.pageNumberSize;
  const face = roleFace('pageNumber');
  const belowFooterTop = bottomMargin - mmToPoints(setup.margins.bottom);
  const top = belowFooterTop + mmToPoints(setup.pageNumberGap) - emBoxDrop(face, size);
  const left = mmToPoints(setup.margins.left);
  const right = mmToPoints(setup.margins.right);
  return (currentPage): Content => {
    const text = textWithSecondary({ text: pageNumberText(currentPage) }, 'pageNumber', size, size * 1.4, page.width);
    const style = furnitureStyle;
    if (page.layout === 'screen') return { text, style, alignment: 'center', margin: [left, top, right, 0] };
    const odd = currentPage % 2 === 1;
    return odd
      ? { text, style, alignment: 'right', margin: [left, top, right + page.character, 0] }
      : { text, style, alignment: 'left', margin: [left + page.character, top, right, 0] };
  };
}
