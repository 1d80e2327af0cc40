/**
 * A document model set as pages (page-plan.ts): A4, the layout's margins (moved by the
 * em-box drop so characters, not their ascent, start at the margin), the blocks run down
 * the pages (flow.ts), page numbers, the QR code and pinned metadata, so the same model
 * gives the same bytes.
 */
import { roleFace } from '../../fonts/faces.ts';
import type { DocumentModel } from '../../model/document.ts';
import { mmToPoints } from '../../model/page-setup.ts';
import { blockFlow } from './blocks.ts';
import { flow } from './flow.ts';
import { emBoxDrop, pageContext } from './page-context.ts';
import { pageNumber } from './page-numbers.ts';
import { qrPlacement } from './qr-block.ts';
import type { DocumentPlan } from './page-plan.ts';

/** The report's publication date at midnight UTC: the file's creation and modification date. */
function fileDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new Error(`document metadata date is not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  }
  return date;
}

export function documentPlan(model: DocumentModel): DocumentPlan {
  const page = pageContext(model.layout);
  const { margins } = page.setup;
  const size = page.paper;
  const drop = emBoxDrop(roleFace('body'), page.setup.bodySize);
  const top = mmToPoints(margins.top) - drop;
  const bottom = size.height - mmToPoints(margins.bottom) - drop;
  const qr = model.qr ? qrPlacement(model.qr, page, top) : {};
  const items = [...(qr.block ? [qr.block] : []), ...model.blocks.flatMap((block) => blockFlow(block, page))];
  const pages = flow(items, top, bottom);
  if (qr.header) pages[0]?.push(...qr.header);
  if (model.pageNumbers) {
    const numbered = pageNumber(page);
    pages.forEach((marks, i) => marks.push(...numbered(i + 1)));
  }
  const { metadata } = model;
  return {
    size,
    pages,
    metadata: {
      title: metadata.title,
      author: metadata.author,
      subject: metadata.subject,
      keywords: metadata.keywords.join(', '),
      language: metadata.language,
      date: fileDate(metadata.date),
    },
  };
}
