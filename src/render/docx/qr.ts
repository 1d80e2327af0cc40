/**
 * The QR code in the first page's header: a PNG of the model's URL, as wide as the shared QR size, with its
 * caption beneath, right-aligned in the top margin. The header leaves the body's grid alone,
 * where an image in the text would take two grid lines and push the title down.
 */
import { AlignmentType, Header, ImageRun, Paragraph } from 'docx';
import QRCode from 'qrcode';
import type { QrCode } from '../../model/document.ts';
import { mmToTwips, typesetting } from '../../model/page-setup.ts';
import { pointsToTwips, type DocxContext } from './context.ts';
import { OFF_GRID_STYLE } from './styles.ts';
import { textRuns } from './text-runs.ts';

/** From the top edge of the page to the header: 6 mm, so code and a two-line caption end above the 37 mm margin. */
export const QR_HEADER_DISTANCE = mmToTwips(6);
/** Word sizes images in pixels at 96 to the inch. */
const PIXELS_PER_MM = 96 / 25.4;

/**
 * A PNG of the URL: medium error correction, the four-module quiet zone, four pixels a
 * module (module edges stay on pixel edges, so scaling keeps them sharp).
 */
async function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 4 });
}

export async function qrHeader(qr: QrCode, context: DocxContext): Promise<Header> {
  const side = Math.round(typesetting.qrSize * PIXELS_PER_MM);
  const tight = { line: pointsToTwips(typesetting.qrCaptionSize + 2), lineRule: 'exact' as const };
  return new Header({
    children: [
      new Paragraph({
        style: OFF_GRID_STYLE,
        alignment: AlignmentType.RIGHT,
        children: [
          new ImageRun({
            type: 'png',
            data: await qrPng(qr.url),
            transformation: { width: side, height: side },
            /* A fixed drawing id: docx counts ids across the process, which would change the bytes. */
            altText: { id: '1', name: 'QR', description: `${qr.caption.text} ${qr.url}` },
          }),
        ],
      }),
      new Paragraph({
        style: OFF_GRID_STYLE,
        alignment: AlignmentType.RIGHT,
        spacing: tight,
        children: textRuns(context, qr.caption, { role: 'body', size: typesetting.qrCaptionSize }),
      }),
    ],
  });
}
