/**
 * The PDF renderer's preflight: every character the PDF will draw, looked up in the face
 * that would draw it; and what a render must load first. Apart from the renderer, so that
 * checking needs the faces, not pdfkit.
 */
import { checkCoverage, wholeFacesNeeded } from '../../fonts/coverage.ts';
import { loadWholeFaces } from '../../fonts/faces.ts';
import type { Finding } from '../../findings.ts';
import type { DocumentModel } from '../../model/document.ts';
import { pageNumberSample } from './page-numbers.ts';

export const pdfPreflight = (model: DocumentModel): Finding[] => checkCoverage(model, pageNumberSample);

/** Before drawing: the whole face of each core face that lacks a character the model draws. */
export const pdfPrepare = (model: DocumentModel): Promise<void> => loadWholeFaces(wholeFacesNeeded(model, pageNumberSample));
