/**
 * Text that is not justified (headings, captions, table cells, page numbers) broken into
 * its lines here (wrapLines, the breaks that size the cells and headings) and placed one
 * line under the other.
 */
import type { FontRole } from '../../fonts/config.ts';
import type { Text } from '../../model/document.ts';
import { typesetting } from '../../model/page-setup.ts';
import { textWidth, wrapLines } from './measure.ts';
import type { PlacedText } from './page-plan.ts';
import { type Align, type Inline, inlines, placeLine } from './set-line.ts';

/** A text's lines at a width: a text that fits is one line as it is. */
export function textLines(text: string, role: FontRole, size: number, width: number): Inline[][] {
  if (!text.includes('\n') && textWidth(text, role, size) <= width) return [inlines(text, role, size)];
  return wrapLines(text, role, size, width).map((line) => inlines(line, role, size));
}

/** A text and its secondary line (smaller, beneath it); a text of English lines only has no empty line above them. */
export function contentLines(content: Text, role: FontRole, size: number, width: number): Inline[][] {
  const primary = textLines(content.text, role, size, width);
  if (content.secondary === undefined) return primary;
  const secondary = textLines(content.secondary, role, size * typesetting.secondaryScale, width);
  return content.text === '' ? secondary : [...primary, ...secondary];
}

export type LinesPlace = {
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly align: Align;
  readonly lineHeight: number;
  /** Moves the first line only (a heading's two-character indent). */
  readonly firstIndent?: number;
};

export function placeLines(lines: readonly (readonly Inline[])[], place: LinesPlace): PlacedText[] {
  const indent = place.firstIndent ?? 0;
  return lines.flatMap((line, i) =>
    placeLine(line, {
      x: place.x + (i === 0 ? indent : 0),
      top: place.top + i * place.lineHeight,
      width: place.width - (i === 0 ? indent : 0),
      align: place.align,
    }),
  );
}
