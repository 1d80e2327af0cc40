/**
 * The title and the headings. Headings sit on the grid in their level's face (「一、」 黑体,
 * 「（一）」 楷体, 「1.」 body face), indented two characters as GB/T 9704 §7.3.3 sets them,
 * and keep with the block after them (flow.ts).
 */
import type { FontRole } from '../../fonts/config.ts';
import { headingRole } from '../../fonts/text-roles.ts';
import type { HeadingBlock, Text, TitleBlock } from '../../model/document.ts';
import { mmToPoints, typesetting } from '../../model/page-setup.ts';
import type { FlowItem } from './flow.ts';
import { wrapLines } from './measure.ts';
import type { PageContext } from './page-context.ts';
import type { Inline } from './set-line.ts';
import { contentLines, placeLines, textLines as lineSet } from './text-lines.ts';
import { titleLines } from './title-lines.ts';

/** Keeps a run of whole grid lines from overflowing the page by a rounding error. */
const slack = 0.001;

/** Lines of a text and its secondary line as contentLines sets them at a width. */
export function textLines(content: Text, role: FontRole, size: number, width: number): number {
  const primary = content.text === '' && content.secondary !== undefined ? 0 : wrapLines(content.text, role, size, width).length;
  const secondary = content.secondary === undefined ? 0 : wrapLines(content.secondary, role, size * typesetting.secondaryScale, width).length;
  return primary + secondary;
}

/** A title text in its phrase-kept, balanced lines (title-lines.ts). */
function titleText(text: string, size: number, width: number): Inline[][] {
  const set = titleLines(text, 'title', size, width);
  return set.lines.flatMap((line) => lineSet(line, 'title', set.size, width));
}

export function title(block: TitleBlock, page: PageContext): FlowItem[] {
  const lineHeight = page.pitch - slack;
  const size = page.setup.titleSize;
  const lines = block.lines.flatMap((line) => [
    ...(line.text === '' ? [] : titleText(line.text, size, page.width)),
    ...(line.secondary === undefined ? [] : titleText(line.secondary, size * typesetting.secondaryScale, page.width)),
  ]);
  // The published reports set the title about a quarter down page 1; GB/T 9704 leaves
  // one empty line between the title and the text.
  const before = page.setup.linesAboveTitle * page.pitch;
  const x = mmToPoints(page.setup.margins.left);
  return [
    {
      kind: 'block',
      before,
      height: lines.length * lineHeight,
      after: page.pitch,
      keep: false,
      draw: (top) => placeLines(lines, { x, top, width: page.alignWidth, align: 'center', lineHeight }),
    },
  ];
}

export function heading(block: HeadingBlock, page: PageContext): FlowItem[] {
  const onScreen = page.layout === 'screen';
  const indent = onScreen ? 0 : 2 * page.character;
  const role = headingRole(block.level);
  const size = page.setup.bodySize;
  const lineHeight = page.pitch - slack;
  const lines = contentLines(block.content, role, size, page.width - indent);
  const x = mmToPoints(page.setup.margins.left);
  return [
    {
      kind: 'block',
      before: onScreen ? page.pitch / 2 : 0,
      height: textLines(block.content, role, size, page.width - indent) * lineHeight,
      after: 0,
      keep: true,
      draw: (top) => placeLines(lines, { x, top, width: page.width, align: 'left', lineHeight, firstIndent: indent }),
    },
  ];
}
