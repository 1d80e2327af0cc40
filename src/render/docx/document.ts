/**
 * A document model as a .docx package: `word/document.xml` (the body, one section with the
 * layout's page setup) written by us as one string, and a docx `Document` for the rest of
 * the package — the first page's header with the QR code, page-number footers, and the
 * relationships, media and content types that go with them. docx turning the body's object
 * tree into XML was most of a render; its body is left empty and the part replaced. Styles
 * and core properties are written separately (styles.ts, core-properties.ts).
 */
import { Document, Header, type Footer } from 'docx';
import type { DocumentModel } from '../../model/document.ts';
import { mmToTwips } from '../../model/page-setup.ts';
import { renderBlock } from './blocks.ts';
import type { DocxContext } from './context.ts';
import { pageNumberFooters, sectionXml, type PartReference } from './page.ts';
import { qrHeader, qrHeaderDistance } from './qr.ts';

export const DOCUMENT_PATH = 'word/document.xml';

/** Header distance where no QR code is printed: Word's usual 15 mm. */
const PLAIN_HEADER_DISTANCE = mmToTwips(15);

/** The namespaces docx declares on the body, kept so the part's bytes stay as they were. */
const DOCUMENT_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document mc:Ignorable="w14 w15 wp14" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" xmlns:cx2="http://schemas.microsoft.com/office/drawing/2015/10/21/chartex" xmlns:cx3="http://schemas.microsoft.com/office/drawing/2016/5/9/chartex" xmlns:cx4="http://schemas.microsoft.com/office/drawing/2016/5/10/chartex" xmlns:cx5="http://schemas.microsoft.com/office/drawing/2016/5/11/chartex" xmlns:cx6="http://schemas.microsoft.com/office/drawing/2016/5/12/chartex" xmlns:cx7="http://schemas.microsoft.com/office/drawing/2016/5/13/chartex" xmlns:cx8="http://schemas.microsoft.com/office/drawing/2016/5/14/chartex" xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex"><w:body>';

type Kind = PartReference['type'];
/** The order docx creates a section's headers and footers in, which is the order of their parts. */
const KINDS: readonly Kind[] = ['default', 'first', 'even'];

export type DocxPackage = { readonly document: Document; readonly documentXml: string };

export function docxPackage(model: DocumentModel, context: DocxContext): DocxPackage {
  const firstHeader = model.qr === undefined ? undefined : qrHeader(model.qr, context);
  const headerDistance = model.qr === undefined ? PLAIN_HEADER_DISTANCE : qrHeaderDistance(model.qr, context);
  const headers: Partial<Record<Kind, Header>> = firstHeader === undefined ? {} : { default: new Header({ children: [] }), first: firstHeader, even: new Header({ children: [] }) };
  const footers: Partial<Record<Kind, Footer>> = model.pageNumbers ? pageNumberFooters(context) : {};
  const document = new Document({ evenAndOddHeaderAndFooters: model.pageNumbers, sections: [{ headers, footers, children: [] }] });
  /* The relationship ids docx gave the parts, pointed to from the body's section. */
  const references = (element: PartReference['element'], given: Partial<Record<Kind, unknown>>, wrappers: readonly { View: { ReferenceId: number } }[]) =>
    KINDS.filter((kind) => given[kind] !== undefined).map((type, index): PartReference => ({ element, type, id: `rId${wrappers[index]!.View.ReferenceId}` }));
  const section = sectionXml(
    context.setup,
    headerDistance,
    [...references('headerReference', headers, document.Headers), ...references('footerReference', footers, document.Footers)],
    firstHeader !== undefined,
  );
  const body = model.blocks.map((block) => renderBlock(block, context)).join('');
  return { document, documentXml: `${DOCUMENT_START}${body}${section}</w:body></w:document>` };
}
