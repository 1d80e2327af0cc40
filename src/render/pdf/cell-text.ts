/**
 * What a table cell's text needs, measured as table.ts will set it: the widest piece that
 * cannot break (a column narrower than that would cut a word) and the height at a width.
 */
import type { Text } from '../../model/document.ts';
import { breakClusters } from './break-clusters.ts';
import { typesetting } from '../../model/page-setup.ts';
import { lineCount, textWidth } from './measure.ts';

/** The text and its secondary line (zh-en), each with the size it is set in. */
const parts = (content: Text, size: number) => [
  { text: content.text, size },
  ...(content.secondary === undefined ? [] : [{ text: content.secondary, size: size * typesetting.secondaryScale }]),
];

/** Width of the widest unbreakable cluster of the text (trailing spaces hang, so not counted). */
export function widestCluster(content: Text, size: number): number {
  return Math.max(
    0,
    ...parts(content, size).flatMap((part) =>
      part.text.split('\n').flatMap((line) => breakClusters(line).map((c) => textWidth(c.trimEnd(), 'table', part.size))),
    ),
  );
}

/** Height of the text's lines at a width (padding and rules not included). */
export function textHeight(content: Text, size: number, width: number): number {
  const lines = parts(content, size).reduce((sum, part) => sum + lineCount(part.text, 'table', part.size, width), 0);
  return lines * size * typesetting.tableLeading;
}
