/**
 * The one configured pdfmake instance. Each face goes into pdfmake's in-memory file system
 * once per process as a handle to the face src/fonts parsed (face-handles.ts), so no
 * document parses a font again; pdfmake may fetch no URL and read no local file.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { faceHandle } from '../../fonts/face-handles.ts';
import { loadedFaces } from '../../fonts/faces.ts';

type VirtualFileSystem = { writeFileSync(name: string, content: Buffer): void };

let ready = false;

function prepare(): void {
  if (ready) return;
  const files = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
  const fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  for (const face of loadedFaces().values()) {
    const name = `nianbao-${face.id}.ttf`;
    files.writeFileSync(name, faceHandle(face.id, face.font));
    fonts[face.id] = { normal: name, bold: name, italics: name, bolditalics: name };
  }
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Lays out and writes a document definition; the same definition gives the same bytes. */
export async function pdfBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  prepare();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
