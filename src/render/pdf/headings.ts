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
import type { Rendered } from './blocks.ts';
import { inlines, lineInlines, newLine } from './inlines.ts';
import { wrapLines } from './measure.ts';
import type { PageContext } from './page-context.ts';
import { titleLines } from './title-lines.ts';

/** Keeps a run of whole grid lines from overflowing the page by a rounding error. */
const slack = 0.001;

/** A text and its secondary line as one pdfmake text, so it stays one node. */
export function textWithSecondary(content: Text, role: FontRole, size: number, lineHeight: number, width: number) {
  const primary = lineInlines(content.text, role, { size, lineHeight, width });
  if (content.secondary === undefined) return primary;
  const secondary = lineInlines(content.secondary, role, { size: size * typesetting.secondaryScale, lineHeight, width });
  // A row of a merged cell may hold English lines only (row-spans.ts): no empty line above them.
  return content.text === '' ? secondary : [...primary, newLine, ...secondary];
}

/** A title text in its phrase-kept, balanced lines (title-lines.ts). */
function titleText(text: string, size: number, lineHeight: number, width: number) {
  const set = titleLines(text, 'title', size, width);
  return set.lines.flatMap((line, i) => [...(i > 0 ? [newLine] : []), ...inlines(line, 'title', { size: set.size, lineHeight, width })]);
}

/** Lines of a text and its secondary line as textWithSecondary sets them at a width. */
export function textLines(content: Text, role: FontRole, size: number, width: number): number {
  const primary = content.text === '' && content.secondary !== undefined ? 0 : wrapLines(content.text, role, size, width).length;
  const secondary = content.secondary === undefined ? 0 : wrapLines(content.secondary, role, size * typesetting.secondaryScale, width).length;
  return primary + secondary;
}

export function title(block: TitleBlock, page: PageContext): Rendered {
  const lineHeight = page.pitch - slack;
  const size = page.setup.titleSize;
  const count = (text: string | undefined, at: number) => (text === undefined || text === '' ? 0 : titleLines(text, 'title', at, page.width).lines.length);
  const lines = block.lines.reduce((sum, line) => sum + count(line.text, size) + count(line.secondary, size * typesetting.secondaryScale), 0);
  const before = page.setup.linesAboveTitle * page.pitch;
  const content: Content = {
    stack: block.lines.map((line) => ({
      text: [
        ...(line.text === '' ? [] : titleText(line.text, size, lineHeight, page.width)),
        ...(line.secondary === undefined ? [] : [newLine, ...titleText(line.secondary, size * typesetting.secondaryScale, lineHeight, page.width)]),
      ],
      alignment: 'center' as const,
    })),
    // The published reports set the title about a quarter down page 1; GB/T 9704 leaves
    // one empty line between the title and the text.
    margin: [0, before, 0, page.pitch],
  };
  return { content, flow: [{ kind: 'block', before, height: lines * lineHeight, after: page.pitch, keep: false, node: content }] };
}

export function heading(block: HeadingBlock, page: PageContext): Rendered {
  const onScreen = page.layout === 'screen';
  const indent = onScreen ? 0 : 2 * page.character;
  const role = headingRole(block.level);
  const size = page.setup.bodySize;
  const lineHeight = page.pitch - slack;
  const before = onScreen ? page.pitch / 2 : 0;
  const content: Content = {
    text: textWithSecondary(block.content, role, size, lineHeight, page.width - indent),
    leadingIndent: indent,
    headlineLevel: block.level,
    margin: [0, before, 0, 0],
  };
  const height = textLines(block.content, role, size, page.width - indent) * lineHeight;
  return { content, flow: [{ kind: 'block', before, height, after: 0, keep: true, node: content }] };
}
