/**
 * The QR code on the first page, where the PDF puts it (src/model/qr-layout.ts): the code
 * anchored to the page at the text block's right edge, centred in the top margin, and its
 * caption to its left, level with its foot. Both live in the first page's header, so the
 * body's grid is untouched; the code floats, so it neither moves the caption nor the text.
 */
import { AlignmentType, Header, HorizontalPositionRelativeFrom, ImageRun, Paragraph, TextRun, TextWrappingType, VerticalPositionRelativeFrom } from 'docx';
import type { QrCode } from '../../model/document.ts';
import { mmToPoints, typesetting } from '../../model/page-setup.ts';
import { qrCaptionLeading, qrGapMm, qrSidePoints, qrTopPoints } from '../../model/qr-layout.ts';
import { qrSymbol } from '../../model/qr-symbol.ts';
import { qrPng } from './qr-png.ts';
import { halfPoints, pointsToTwips, type DocxContext } from './context.ts';
import { runFonts } from './faces.ts';
import { OFF_GRID_STYLE } from './styles.ts';
import { secondarySize } from './text-runs.ts';

/** Where the top margin is too narrow for the code (the screen layout), it starts this far down and the header pushes the text below it. */
const NARROW_MARGIN_TOP_MM = 5;
const EMU_PER_POINT = 12_700;
/** Word sizes images in pixels at 96 to the inch. */
const PIXELS_PER_POINT = 96 / 72;
/** Pixels a module in the PNG: edges stay on pixel edges at any zoom a reader uses. */
const PNG_MODULE_PIXELS = 8;

/** Top of the code and its side, in points from the page's top edge. */
export function qrBox(url: string, context: DocxContext): { top: number; side: number } {
  const side = qrSidePoints(qrSymbol(url).modules);
  const centred = qrTopPoints(context.setup.margins.top, side);
  return { side, top: centred >= 0 && side <= mmToPoints(context.setup.margins.top) ? centred : mmToPoints(NARROW_MARGIN_TOP_MM) };
}

/** The header's distance from the page's top edge: the code's top. */
export const qrHeaderDistance = (qr: QrCode, context: DocxContext) => pointsToTwips(qrBox(qr.url, context).top);

/** The caption's runs, its secondary after a line break (the header is still built by docx, the body is not). */
function captionRuns(qr: QrCode, context: DocxContext): TextRun[] {
  const run = (text: string, size: number, breakBefore: boolean) =>
    new TextRun({ text, font: runFonts(context.faces, 'table'), size: halfPoints(size), ...(breakBefore ? { break: 1 } : {}) });
  const size = typesetting.qrCaptionSize;
  const { text, secondary } = qr.caption;
  return [run(text, size, false), ...(secondary === undefined ? [] : [run(secondary, secondarySize(size), true)])];
}

export function qrHeader(qr: QrCode, context: DocxContext): Header {
  const { setup } = context;
  const { top, side } = qrBox(qr.url, context);
  const lines = qr.caption.secondary === undefined ? 1 : 2;
  const left = mmToPoints(setup.paper.width - setup.margins.right) - side;
  const image = new ImageRun({
    type: 'png',
    data: qrPng(qrSymbol(qr.url), PNG_MODULE_PIXELS),
    transformation: { width: side * PIXELS_PER_POINT, height: side * PIXELS_PER_POINT },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: Math.round(left * EMU_PER_POINT) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(top * EMU_PER_POINT) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
    /* A fixed drawing id: docx counts ids across the process, which would change the bytes. */
    altText: { id: '1', name: 'QR', description: `${qr.caption.text} ${qr.url}` },
  });
  return new Header({
    children: [
      new Paragraph({
        style: OFF_GRID_STYLE,
        alignment: AlignmentType.RIGHT,
        indent: { right: pointsToTwips(side + mmToPoints(qrGapMm)) },
        spacing: { before: pointsToTwips(side - lines * qrCaptionLeading()), line: pointsToTwips(qrCaptionLeading()), lineRule: 'exact' },
        children: [image, ...captionRuns(qr, context)],
      }),
    ],
  });
}
