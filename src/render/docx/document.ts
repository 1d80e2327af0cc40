/**
 * A document model as a docx `Document`: one section with the layout's page setup, the
 * QR code in the first page's header and page-number footers. Styles and core properties
 * are written separately (styles.ts, core-properties.ts).
 */
import { Document, Header } from 'docx';
import type { DocumentModel } from '../../model/document.ts';
import { mmToTwips } from '../../model/page-setup.ts';
import { renderBlock } from './blocks.ts';
import type { DocxContext } from './context.ts';
import { pageNumberFooters, pageProperties } from './page.ts';
import { qrHeader, qrHeaderDistance } from './qr.ts';

/** Header distance where no QR code is printed: Word's usual 15 mm. */
const PLAIN_HEADER_DISTANCE = mmToTwips(15);

export async function docxDocument(model: DocumentModel, context: DocxContext): Promise<Document> {
  const firstHeader = model.qr === undefined ? undefined : await qrHeader(model.qr, context);
  const headerDistance = model.qr === undefined ? PLAIN_HEADER_DISTANCE : qrHeaderDistance(model.qr, context);
  return new Document({
    evenAndOddHeaderAndFooters: model.pageNumbers,
    sections: [
      {
        properties: { ...pageProperties(context.setup, headerDistance), titlePage: firstHeader !== undefined },
        ...(firstHeader === undefined ? {} : { headers: { first: firstHeader, default: new Header({ children: [] }), even: new Header({ children: [] }) } }),
        ...(model.pageNumbers ? { footers: pageNumberFooters(context) } : {}),
        children: model.blocks.flatMap((block) => renderBlock(block, context)),
      },
    ],
  });
}
