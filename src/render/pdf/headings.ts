/**
 * The title and the headings. Headings sit on the grid in their level's face (「一、」 黑体,
 * 「（一）」 楷体, 「1.」 body face), indented two characters as GB/T 9704 §7.3.3 sets them,
 * and carry `headlineLevel` so the layout can keep each with the block after it.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { FontRole } from '../../fonts/config.ts';
import { headingRole } from '../../fonts/text-roles.ts';
import type { HeadingBlock, Text, TitleBlock } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import { inlines, newLine } from './inlines.ts';
import type { PageContext } from './page-context.ts';

/** Keeps a run of whole grid lines from overflowing the page by a rounding error. */
const slack = 0.001;

/** A text and its secondary line as one pdfmake text, so it stays one node. */
export function textWithSecondary(content: Text, role: FontRole, size: number, lineHeight: number, width: number) {
  const primary = inlines(content.text, role, { size, lineHeight, width });
  if (content.secondary === undefined) return primary;
  const secondary = inlines(content.secondary, role, { size: size * typesetting.secondaryScale, lineHeight, width });
  // A row of a merged cell may hold English lines only (row-spans.ts): no empty line above them.
  return content.text === '' ? secondary : [...primary, newLine, ...secondary];
}

export function title(block: TitleBlock, page: PageContext): Content {
  const lineHeight = page.pitch - slack;
  return {
    stack: block.lines.map((line) => ({
      text: textWithSecondary(line, 'title', page.setup.titleSize, lineHeight, page.width),
      alignment: 'center' as const,
    })),
    // GB/T 9704 leaves one empty line between the title and the text.
    margin: [0, 0, 0, page.pitch],
  };
}

export function heading(block: HeadingBlock, page: PageContext): Content {
  const onScreen = page.layout === 'screen';
  const indent = onScreen ? 0 : 2 * page.character;
  return {
    text: textWithSecondary(block.content, headingRole(block.level), page.setup.bodySize, page.pitch - slack, page.width - indent),
    leadingIndent: indent,
    headlineLevel: block.level,
    margin: [0, onScreen ? page.pitch / 2 : 0, 0, 0],
  };
}
