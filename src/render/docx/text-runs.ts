/**
 * Runs (`w:r`) for a model `Text`, as XML: the main text, and its `secondary` (the English of
 * a bilingual label) on a line of its own beneath, a little smaller. Every run names its
 * fonts in all four `w:rFonts` slots so no run falls back to a theme or default face.
 */
import type { Text } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import { halfPoints, type DocxContext } from './context.ts';
import { runFonts, type FaceRole } from './faces.ts';
import { escapeText, escapeXml } from './xml.ts';

export type RunStyle = {
  readonly role: FaceRole;
  /** In points. */
  readonly size: number;
  readonly bold?: boolean;
  /** Extra space between characters in twips: the grid's squeeze, for text on the grid. */
  readonly spacing?: number;
  /** Size of the secondary line in points, where not `secondarySize(size)`. */
  readonly secondarySize?: number;
};

/** Characters set in the grid's cells: Han, and full-width punctuation and forms. */
const gridCharacters = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]+)/u;

/** `w:rPr`: fonts, bold, character spacing and size, in the schema's order. */
function runProperties(context: DocxContext, style: RunStyle): string {
  const fonts = runFonts(context.faces, style.role);
  const size = halfPoints(style.size);
  return (
    `<w:rPr><w:rFonts w:ascii="${escapeXml(fonts.ascii)}" w:cs="${escapeXml(fonts.cs)}" w:eastAsia="${escapeXml(fonts.eastAsia)}" w:hAnsi="${escapeXml(fonts.hAnsi)}"/>` +
    (style.bold ? '<w:b/><w:bCs/>' : '') +
    (style.spacing ? `<w:spacing w:val="${style.spacing}"/>` : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/**
 * Runs for text on the grid: the squeeze goes to the Chinese characters only, as Word's
 * grid does, so Latin words and digits keep their own spacing.
 */
export function gridRuns(context: DocxContext, text: string, style: RunStyle): string {
  return text
    .split(gridCharacters)
    .filter((segment) => segment !== '')
    .map((segment) => textRun(context, segment, gridCharacters.test(segment) ? style : { ...style, spacing: 0 }))
    .join('');
}

/** The secondary line is set smaller by the shared scale, in Word's half points, never below 9 pt. */
export const secondarySize = (size: number) => Math.max(9, Math.round(size * typesetting.secondaryScale * 2) / 2);

export function textRun(context: DocxContext, text: string, style: RunStyle, breakBefore = false): string {
  return `<w:r>${runProperties(context, style)}${breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
}

/** The runs of a Text: its text, then its secondary after a line break. */
export function textRuns(context: DocxContext, content: Text, style: RunStyle): string {
  const main = textRun(context, content.text, style);
  if (content.secondary === undefined) return main;
  return main + textRun(context, content.secondary, { ...style, size: style.secondarySize ?? secondarySize(style.size) }, true);
}
