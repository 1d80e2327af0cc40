/** The Pages metric's count against mupdf's reading of the same PDF. */
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { pdfRenderer } from '../../../src/render/pdf/index.ts';
import { pdfPageCount } from '../../../src/render/pdf/page-count.ts';
import { exampleModel, examples } from '../docx/fixtures.ts';

describe('pdfPageCount', () => {
  it.each(examples)('counts the pages of %s as mupdf does', async (name) => {
    const bytes = await pdfRenderer.render(exampleModel(name));
    const pages = mupdf.Document.openDocument(bytes, 'application/pdf').countPages();
    expect(pages).toBeGreaterThan(3);
    expect(pdfPageCount(bytes)).toBe(pages);
    expect(pdfRenderer.pages(bytes)).toBe(pages);
  });

  it('is 0 for bytes that are no PDF', () => {
    expect(pdfPageCount(new TextEncoder().encode('not a pdf'))).toBe(0);
  });
});
