/**
 * The QR code on the first page and its caption. It sits in the top margin, so it moves no
 * line of the text grid; only where the margin is too narrow for the code (on screen) does
 * it open the text.
 */
import type { QrCode } from '../../model/document.ts';
import { mmToPoints, typesetting } from '../../model/page-setup.ts';
import { qrCaptionLeading, qrGapMm, qrSidePoints } from '../../model/qr-layout.ts';
import { qrSymbol } from '../../model/qr-symbol.ts';
import type { FlowItem } from './flow.ts';
import type { Mark } from './page-plan.ts';
import type { PageContext } from './page-context.ts';
import { contentLines, placeLines } from './text-lines.ts';

const qrGap = mmToPoints(qrGapMm);

/** The printed side of a URL's code: each module a whole number of points wide. */
const qrSize = (url: string): number => qrSidePoints(qrSymbol(url).modules);

/** The code's modules, one square each, its top-left corner at `x`, `y`. */
function qrMarks(url: string, x: number, y: number): Mark[] {
  const { modules, dark } = qrSymbol(url);
  const side = qrSidePoints(modules) / modules;
  const marks: Mark[] = [];
  dark.forEach((on, i) => {
    if (on) marks.push({ kind: 'fill', x: x + (i % modules) * side, y: y + Math.floor(i / modules) * side, width: side, height: side, color: '#000' });
  });
  return marks;
}

/** The QR code at the right of the text block, its caption to its left, level with the code's foot. */
function qrBlock(qr: QrCode, page: PageContext, top: number): Mark[] {
  const size = qrSize(qr.url);
  const left = mmToPoints(page.setup.margins.left);
  const width = page.alignWidth;
  const captionWidth = width - size - qrGap;
  const lead = qrCaptionLeading();
  const lines = contentLines(qr.caption, 'table', typesetting.qrCaptionSize, captionWidth);
  const caption = placeLines(lines, { x: left, top: top + size - 2 * lead, width: captionWidth, align: 'right', lineHeight: lead });
  return [...caption, ...qrMarks(qr.url, left + width - size, top)];
}

/**
 * Where the QR code goes: in the first page's top margin when it fits there (the
 * `official` margin of 37 mm), so the text grid is untouched; otherwise (the narrow
 * `screen` margin) as the first block of the text.
 */
export function qrPlacement(qr: QrCode, page: PageContext, topMargin: number): { header?: Mark[]; block?: FlowItem } {
  const size = qrSize(qr.url);
  if (size > topMargin) {
    return { block: { kind: 'block', before: 0, height: size, after: page.pitch / 2, keep: false, draw: (top) => qrBlock(qr, page, top) } };
  }
  return { header: qrBlock(qr, page, (topMargin - size) / 2) };
}
