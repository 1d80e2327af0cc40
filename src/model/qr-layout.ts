/**
 * Where the QR code sits on the first page, for every format: at the top right of the page,
 * its right edge on the text block's, centred in the top margin, its caption to its left and
 * level with its foot. Sizes come from `typesetting` (page-setup.ts), read at each call.
 */
import { mmToPoints, typesetting } from './page-setup.ts';

/** Line height of the caption beside the code. */
export const qrCaptionLeading = () => typesetting.qrCaptionSize * 1.4;
/** Space kept clear of the code's left side: more than its 4-module quiet zone. */
export const qrGapMm = 5;

/**
 * The printed side in points for a code of `modules` modules: each module a whole number of
 * points wide (the PDF draws them so), so its edges fall on the same places in every renderer.
 */
export function qrSidePoints(modules: number): number {
  return modules * Math.ceil(mmToPoints(typesetting.qrSize) / modules);
}

/** From the page's top edge to the code's top, in points: centred in the top margin. */
export const qrTopPoints = (topMarginMm: number, side: number) => (mmToPoints(topMarginMm) - side) / 2;
