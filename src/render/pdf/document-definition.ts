/**
 * A document model as a pdfmake document definition: A4, the layout's margins (moved by
 * the em-box drop so characters, not their ascent, start at the margin), the blocks, page
 * numbers, the QR code and pinned metadata, so the same model gives the same bytes.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { roleFace } from '../../fonts/faces.ts';
import type { DocumentModel } from '../../model/document.ts';
import { mmToPoints } from '../../model/page-setup.ts';
import { blockContent } from './blocks.ts';
import { keepWithNext } from './keep-with-next.ts';
import { emBoxDrop, pageContext } from './page-context.ts';
import { pageNumberFooter, qrPlacement } from './page-furniture.ts';

/** The report's publication date at midnight UTC: the file's creation and modification date. */
function fileDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new Error(`document metadata date is not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  }
  return date;
}

export function documentDefinition(model: DocumentModel): TDocumentDefinitions {
  const page = pageContext(model.layout);
  const { margins } = page.setup;
  const body = roleFace('body');
  const drop = emBoxDrop(body, page.setup.bodySize);
  const top = mmToPoints(margins.top) - drop;
  const bottom = mmToPoints(margins.bottom) + drop;
  const date = fileDate(model.metadata.date);
  const qr = model.qr ? qrPlacement(model.qr, page, top) : {};
  const content: Content[] = [...(qr.block ? [qr.block] : []), ...model.blocks.map((block) => blockContent(block, page))];
  return {
    // PDF 1.4 introduced the document language (/Lang); 1.7 is what readers expect today.
    version: '1.7',
    // Archival: PDF/A-2b (XMP identification, sRGB output intent); marked as tagged as far as pdfmake tags.
    subset: 'PDF/A-2b',
    tagged: true,
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPoints(margins.left), top, mmToPoints(margins.right), bottom],
    language: model.metadata.language,
    info: {
      title: model.metadata.title,
      author: model.metadata.author,
      subject: model.metadata.subject,
      keywords: model.metadata.keywords.join(', '),
      creator: 'nianbao',
      producer: 'nianbao',
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: body.id, fontSize: page.setup.bodySize },
    content,
    pageBreakBefore: keepWithNext(mmToPoints(page.setup.paper.height) - bottom),
    ...(qr.header ? { header: qr.header } : {}),
    ...(model.pageNumbers ? { footer: pageNumberFooter(page, bottom) } : {}),
  };
}
