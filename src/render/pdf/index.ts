/**
 * The PDF renderer: document model → print-ready PDF bytes. nianbao sets the pages itself
 * (document-plan.ts: open CJK faces mapped by fonts/fonts.json, lines, tables, page breaks)
 * and pdfkit draws them (pdf-writer.ts). Its preflight reports every character no face can draw.
 */
import { fileTypes, type Renderer } from '../renderer.ts';
import { documentPlan } from './document-plan.ts';
import { pdfPageCount } from './page-count.ts';
import { pdfBytes } from './pdf-writer.ts';
import { pdfPrepare, pdfPreflight } from './preflight.ts';

export const pdfRenderer = {
  ...fileTypes.pdf,
  preflight: pdfPreflight,
  prepare: pdfPrepare,
  render: async (model) => pdfBytes(documentPlan(model)),
  pages: pdfPageCount,
} as const satisfies Renderer;
