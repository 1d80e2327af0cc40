/**
 * The renderers by format: every entry point renders through this one table. A format
 * missing here is refused by the pipeline with a clear answer.
 *
 * Each renderer's code (pdfkit, docx) is loaded on its first render, so a
 * process that only validates, or renders one format, never loads the others. Preflights
 * stay at hand: they read the model and the faces, not the rendering libraries; so do the
 * PDF's preparation (a whole face fetched in place of a core) and its page count, which reads
 * the bytes.
 */
import { pdfPageCount } from './pdf/page-count.ts';
import { pdfPrepare, pdfPreflight } from './pdf/preflight.ts';
import { fileTypes, type Format, type Renderer } from './renderer.ts';

export type RendererRegistry = Partial<Record<Format, Renderer>>;

function loadedOnFirstRender(described: Omit<Renderer, 'render'>, load: () => Promise<Renderer>): Renderer {
  let loading: Promise<Renderer> | undefined;
  return { ...described, render: async (model, options) => (await (loading ??= load())).render(model, options) };
}

export const renderers: RendererRegistry = {
  pdf: loadedOnFirstRender(
    { ...fileTypes.pdf, preflight: pdfPreflight, prepare: pdfPrepare, pages: pdfPageCount },
    async () => (await import('./pdf/index.ts')).pdfRenderer,
  ),
  docx: loadedOnFirstRender(fileTypes.docx, async () => (await import('./docx/index.ts')).docxRenderer),
  html: loadedOnFirstRender(fileTypes.html, async () => (await import('./html/renderer.ts')).htmlRenderer),
};
