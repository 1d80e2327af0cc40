/**
 * The Word renderer: the document model as a .docx (docx 9). Deterministic: the core
 * properties carry the model's date instead of the time of rendering, and every zip entry
 * is dated the same way, so the same model gives the same bytes.
 */
import { Packer } from 'docx';
import type { DocumentModel } from '../../model/document.ts';
import { pageSetups } from '../../model/page-setup.ts';
import { fileTypes, type FontSet, type Renderer } from '../renderer.ts';
import type { DocxContext } from './context.ts';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './core-properties.ts';
import { DOCUMENT_PATH, docxPackage } from './document.ts';
import { FONT_TABLE_PATH, fontTableXml } from './font-table.ts';
import { docxFaces } from './faces.ts';
import { withEntryDates } from './stable-zip.ts';
import { STYLES_PATH, stylesXml } from './styles.ts';

export type DocxRendererOptions = {
  /** `official` names the government faces (the default), `portable` the open faces; a render's own `fonts` wins. */
  readonly faces?: FontSet;
};

export function createDocxRenderer(options: DocxRendererOptions = {}): Renderer {
  const faceSet = options.faces ?? 'official';
  return {
    ...fileTypes.docx,
    render: async (model: DocumentModel, renderOptions = {}) => {
      const context: DocxContext = { faces: docxFaces(renderOptions.fonts ?? faceSet), setup: pageSetups[model.layout] };
      const { document, documentXml } = docxPackage(model, context);
      const zip = await Packer.toBuffer(document, false, [
        { path: DOCUMENT_PATH, data: documentXml },
        { path: CORE_PROPERTIES_PATH, data: corePropertiesXml(model.metadata) },
        { path: STYLES_PATH, data: stylesXml(context) },
        { path: FONT_TABLE_PATH, data: fontTableXml(context.faces) },
      ]);
      return withEntryDates(zip, model.metadata.date);
    },
  };
}

export const docxRenderer = createDocxRenderer();
