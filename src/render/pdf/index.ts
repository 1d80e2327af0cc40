/**
 * The PDF renderer: document model → print-ready PDF bytes (pdfmake 0.3, open CJK faces
 * mapped by fonts/fonts.json). Its preflight reports every character no face can draw.
 */
import { pdfPageCount } from './page-count.ts';
import { fileTypes, type Renderer } from '../renderer.ts';
import { documentDefinition } from './document-definition.ts';
import { pdfBytes } from './pdfmake-engine.ts';
import { pdfPreflight } from './preflight.ts';

export const pdfRenderer = {
  ...fileTypes.pdf,
  preflight: pdfPreflight,
  render: async (model) => pdfBytes(documentDefinition(model)),
  pages: pdfPageCount,
} as const satisfies Renderer;
