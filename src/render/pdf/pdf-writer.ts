/**
 * Draws a page plan (page-plan.ts) with pdfkit: text at its baseline, rules, fills. It knows
 * nothing of reports. Each face goes to pdfkit as a handle to the face src/fonts parsed
 * (face-handles.ts), so no document parses a font again; pdfkit is given no path or URL,
 * so it reads no file and fetches nothing. The same plan gives the same bytes.
 */
import PDFDocument from './pdfkit.cjs';
import { faceHandle } from '../../fonts/face-handles.ts';
import { type LoadedFace, loadedFaces } from '../../fonts/faces.ts';
import type { DocumentPlan, Mark, PdfMetadata } from './page-plan.ts';

/** Weakly, per map of faces: a map replaced (a whole face loaded in place of a core, the faces forgotten) goes with its handles. */
const handles = new WeakMap<ReadonlyMap<string, LoadedFace>, ReadonlyMap<string, Buffer>>();

/** One handle per face while the process keeps its faces. */
function faceHandles(): ReadonlyMap<string, Buffer> {
  const faces = loadedFaces();
  let byId = handles.get(faces);
  if (!byId) handles.set(faces, (byId = new Map([...faces.values()].map((face) => [face.id, faceHandle(face.id, face.font)]))));
  return byId;
}

function documentOptions(plan: DocumentPlan): PDFKit.PDFDocumentOptions {
  const { metadata } = plan;
  return {
    size: [plan.size.width, plan.size.height],
    // PDF 1.4 introduced the document language (/Lang); 1.7 is what readers expect today.
    pdfVersion: '1.7',
    // Archival: PDF/A-2b (XMP identification, sRGB output intent), marked as tagged.
    subset: 'PDF/A-2b',
    tagged: true,
    displayTitle: false,
    compress: true,
    lang: metadata.language,
    autoFirstPage: false,
    info: info(metadata),
    // No default face: pdfkit would otherwise load Helvetica's metrics for every document.
    font: null as unknown as string,
  };
}

function info(metadata: PdfMetadata): PDFKit.DocumentInfo {
  return {
    Producer: 'nianbao',
    Creator: 'nianbao',
    // pdfkit writes no empty string: an absent field is left out, not written empty.
    ...(metadata.title ? { Title: metadata.title } : {}),
    ...(metadata.author ? { Author: metadata.author } : {}),
    ...(metadata.subject ? { Subject: metadata.subject } : {}),
    ...(metadata.keywords ? { Keywords: metadata.keywords } : {}),
    CreationDate: metadata.date,
    ModDate: metadata.date,
  };
}

/** pdfkit opens a face it was not given as a file path: only the registered faces are drawn. */
function checkFace(id: string): string {
  if (!faceHandles().has(id)) throw new Error(`not a configured PDF face: ${JSON.stringify(id)}`);
  return id;
}

function drawPage(doc: PDFKit.PDFDocument, marks: readonly Mark[]): void {
  // Fills are backgrounds: under every rule and character of the page.
  for (const mark of marks) if (mark.kind === 'fill') doc.rect(mark.x, mark.y, mark.width, mark.height).fill(mark.color);
  doc.fillColor('black');
  let face = '';
  let size = 0;
  for (const mark of marks) {
    if (mark.kind === 'text') {
      if (mark.face !== face) doc.font((face = checkFace(mark.face)));
      if (mark.size !== size) doc.fontSize((size = mark.size));
      doc.text(mark.text, mark.x, mark.baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing: mark.characterSpacing,
        textWidth: mark.width,
        wordCount: 1,
      } as PDFKit.Mixins.TextOptions);
    } else if (mark.kind === 'rule') {
      doc.lineWidth(mark.width).moveTo(mark.x1, mark.y1).lineTo(mark.x2, mark.y2).stroke();
    }
  }
}

/** The PDF of a plan. */
export async function pdfBytes(plan: DocumentPlan): Promise<Uint8Array> {
  const doc = new PDFDocument(documentOptions(plan));
  for (const [id, handle] of faceHandles()) doc.registerFont(id, handle);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const marks of plan.pages) {
    doc.addPage({ size: [plan.size.width, plan.size.height] });
    drawPage(doc, marks);
  }
  doc.end();
  return done;
}
