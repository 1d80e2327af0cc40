/**
 * The renderers by format: every entry point renders through this one table. A format
 * missing here is refused by the pipeline with a clear answer.
 */
import { docxRenderer } from './docx/index.ts';
import { htmlRenderer } from './html/renderer.ts';
import { pdfRenderer } from './pdf/index.ts';
import type { Format, Renderer } from './renderer.ts';

export type RendererRegistry = Partial<Record<Format, Renderer>>;

export const renderers: RendererRegistry = {
  pdf: pdfRenderer,
  docx: docxRenderer,
  html: htmlRenderer,
};
