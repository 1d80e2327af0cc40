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

/** Width of the text's longest line unbroken, each part at its size. */
export function longestLine(content: Text, size: number): number {
  return Math.max(0, ...parts(content, size).flatMap((part) => part.text.split('\n').map((line) => textWidth(line.trim(), 'table', part.size))));
}

/** Heights by text and measure: finding a table's page breaks asks for the same cells often. */
const heights = new WeakMap<Text, Map<number, number>>();

/** Height of the text's lines at a width (padding and rules not included). */
export function textHeight(content: Text, size: number, width: number): number {
  // Sizes are below 100 pt: one number keys both.
  const key = width * 100 + size;
  let known = heights.get(content);
  const found = known?.get(key);
  if (found !== undefined) return found;
  const lines = parts(content, size).reduce((sum, part) => sum + lineCount(part.text, 'table', part.size, width), 0);
  const height = lines * size * typesetting.tableLeading;
  if (!known) heights.set(content, (known = new Map()));
  known.set(key, height);
  return height;
}
