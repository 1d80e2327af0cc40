/**
 * The one configured pdfmake instance. Faces go into pdfmake's in-memory file system once
 * per process (from the bytes src/fonts already read); pdfmake may fetch no URL and read
 * no local file except the configured font files.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { loadedFaces } from '../../fonts/faces.ts';

type VirtualFileSystem = { writeFileSync(name: string, content: Buffer): void };

let ready = false;

function prepare(): void {
  if (ready) return;
  const faces = [...loadedFaces().values()];
  const files = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
  const fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  for (const face of faces) {
    const name = `nianbao-${face.id}.ttf`;
    files.writeFileSync(name, face.bytes);
    fonts[face.id] = { normal: name, bold: name, italics: name, bolditalics: name };
  }
  const fontPaths = new Set(faces.map((face) => face.path));
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  ready = true;
}

/** Lays out and writes a document definition; the same definition gives the same bytes. */
export async function pdfBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  prepare();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
