/**
 * The one intermediate every input shape is read into: a list of lines, each a list of
 * cells. Prose paragraphs and tables flattened one cell per line are single-cell lines;
 * pipe rows, tab rows and HTML table rows are multi-cell lines (`row: true`), so that a
 * value's position in its row is known.
 */
import { labelKey } from './normalize.ts';

export type Line = {
  readonly cells: readonly string[];
  /** Each cell's comparison key (`labelKey`), computed once: labels are searched many times. */
  readonly keys: readonly string[];
  /** True for a real table row (pipe, tab or <tr>): cell positions are meaningful. */
  readonly row: boolean;
};

export const textLine = (text: string): Line => ({ cells: [text], keys: [labelKey(text)], row: false });
/** A merged cell repeats its text across the row; its key is computed once. */
export function rowLine(cells: readonly string[]): Line {
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => keys.get(text) ?? keys.set(text, labelKey(text)).get(text) as string;
  return { cells, keys: cells.map(keyOf), row: true };
}

/** The text of a line as one string, for prose and for messages. */
export const lineText = (line: Line): string => line.cells.join(line.row ? ' | ' : '');
