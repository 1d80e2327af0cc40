/**
 * The PDF renderer: document model → print-ready PDF bytes (pdfmake 0.3, open CJK faces
 * mapped by fonts/fonts.json). Its preflight reports every character no face can draw.
 */
import { pdfPageCount } from './page-count.ts';
import { checkCoverage } from '../../fonts/coverage.ts';
import type { Renderer } from '../renderer.ts';
import { documentDefinition } from './document-definition.ts';
import { pageNumberSample } from './page-furniture.ts';
import { pdfBytes } from './pdfmake-engine.ts';

export const pdfRenderer = {
  format: 'pdf',
  contentType: 'application/pdf',
  extension: 'pdf',
  preflight: (model) => checkCoverage(model, pageNumberSample),
  render: async (model) => pdfBytes(documentDefinition(model)),
  pages: pdfPageCount,
} as const satisfies Renderer;
