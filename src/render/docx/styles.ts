/**
 * `word/styles.xml`, written by us: docx cannot turn a paragraph off the document grid
 * (`w:pPr/w:snapToGrid`), nor name the language in the defaults as we need.
 *
 * The section declares the GB/T 9704 grid (22 × 28, page.ts), and the Normal style snaps to
 * it, so text an editor adds in Word or WPS falls on the grid. nianbao's own paragraphs are
 * set off the grid (`OffGrid`) and place themselves on it instead: exact 22-line pitch,
 * characters squeezed 28 to the line. Snapped, LibreOffice gives every 16 pt character two
 * grid cells and every table line a whole 29 pt grid line; placed, the text is laid out
 * the same in Word, WPS and LibreOffice.
 */
import type { DocxContext } from './context.ts';
import { halfPoints } from './context.ts';
import { runFonts, type FaceRole } from './faces.ts';
import { escapeXml } from './xml.ts';

export const STYLES_PATH = 'word/styles.xml';
/** The paragraph style of every paragraph nianbao writes but headings. */
export const OFF_GRID_STYLE = 'OffGrid';

const headingRoles = { 1: 'heading1', 2: 'heading2', 3: 'heading3' } as const satisfies Record<number, FaceRole>;
export type HeadingLevel = keyof typeof headingRoles;
/**
 * Word's built-in heading styles (by their built-in names, so Word, WPS and LibreOffice list
 * them in the navigation pane and the PDF's bookmarks), off the grid like OffGrid, each in
 * its role's face: 「一、」 黑体, 「（一）」 楷体, 「1.」 仿宋.
 */
export const headingStyle = (level: HeadingLevel) => `Heading${level}`;

function headingStyleXml(context: DocxContext, level: HeadingLevel): string {
  const size = halfPoints(context.setup.bodySize);
  return [
    `<w:style w:type="paragraph" w:styleId="${headingStyle(level)}"><w:name w:val="heading ${level}"/>`,
    `<w:basedOn w:val="${OFF_GRID_STYLE}"/><w:next w:val="${OFF_GRID_STYLE}"/><w:uiPriority w:val="9"/><w:qFormat/>`,
    `<w:pPr><w:keepNext/><w:outlineLvl w:val="${level - 1}"/></w:pPr>`,
    `<w:rPr>${fontsXml(context, headingRoles[level])}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`,
  ].join('');
}

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function fontsXml(context: DocxContext, role: FaceRole): string {
  const fonts = runFonts(context.faces, role);
  const attributes = Object.entries(fonts).map(([slot, face]) => `w:${slot}="${escapeXml(face)}"`);
  return `<w:rFonts ${attributes.join(' ')}/>`;
}

export function stylesXml(context: DocxContext): string {
  const size = halfPoints(context.setup.bodySize);
  const bodyRun = `${fontsXml(context, 'body')}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:styles ${NAMESPACES}>`,
    '<w:docDefaults><w:rPrDefault><w:rPr>',
    bodyRun,
    /* Chinese text is zh-CN; Latin-script text is English, or LibreOffice breaks English words anywhere. */
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>',
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>',
    /* LibreOffice sizes the character grid from the Normal style, not from the defaults. */
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>',
    `<w:rPr>${bodyRun}</w:rPr></w:style>`,
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID_STYLE}"><w:name w:val="Off Grid"/>`,
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>',
    ...([1, 2, 3] as const).map((level) => headingStyleXml(context, level)),
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>',
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>',
    '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>',
    '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>',
    '</w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>',
    '<w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '</w:styles>',
  ].join('');
}
