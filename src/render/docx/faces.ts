/**
 * The faces a Word document names, by role, from the `docx` part of fonts/fonts.json.
 * Word documents name fonts rather than embed them, so these are names installed on the
 * reader's machine: the government faces (`official`, the config's `default`), or the open
 * faces nianbao ships (`portable`) for machines without them.
 */
import { fontConfig, type FontRole } from '../../fonts/config.ts';
import type { FontSet } from '../renderer.ts';

/** A face name for every role; `latin` draws Latin letters and digits in all of them. */
export type DocxFaces = Readonly<Record<FontRole, string>>;
export type FaceRole = Exclude<FontRole, 'latin'>;

export function docxFaces(set: FontSet): DocxFaces {
  const { docx } = fontConfig();
  return set === 'official' ? docx.default : docx.portable;
}

/** The four slots of `w:rFonts`: Chinese from the role's face, everything else Latin. */
export const runFonts = (faces: DocxFaces, role: FaceRole) => ({
  eastAsia: faces[role],
  ascii: faces.latin,
  hAnsi: faces.latin,
  cs: faces.latin,
});
