/**
 * Finding a printed label among lines. A label may be split over several cells when the
 * page broke the line inside it (「本年新」「制作数量」), may be prefixed by its group
 * path in a pipe row, or may repeat across a colspan; all count as one hit.
 */
import type { Line } from './lines.ts';
import { keyNames } from './normalize.ts';

export type LabelHit = {
  /** The line holding the label (its first part, when split). */
  readonly line: number;
  /** The line holding its last part. */
  readonly lastLine: number;
  /** The cell the label ends in; values follow it on a row line. */
  readonly cell: number;
};

/** Parts a label may be split into on a flattened page. */
const maxParts = 4;

export function findLabel(lines: readonly Line[], keys: readonly string[], from: number, to: number): LabelHit | undefined {
  for (let i = from; i < to; i += 1) {
    const hit = labelAt(lines, keys, i, to);
    if (hit) return hit;
  }
  return undefined;
}

function labelAt(lines: readonly Line[], keys: readonly string[], i: number, to: number): LabelHit | undefined {
  const line = lines[i];
  if (!line) return undefined;
  if (line.row) {
    const cell = line.keys.findIndex((text) => keys.some((key) => keyNames(text, key)));
    if (cell < 0) return undefined;
    let last = cell;
    while (line.cells[last + 1] === line.cells[cell]) last += 1;
    return { line: i, lastLine: i, cell: last };
  }
  let joined = '';
  for (let j = i; j < Math.min(to, i + maxParts); j += 1) {
    const part = lines[j];
    if (!part || part.row) return undefined;
    // A part's key loses the punctuation it ended with (「只计这一情形，」), so parts are joined and compared without it.
    joined += j === i ? (part.keys[0] ?? '') : loose(part.keys[0] ?? '');
    const whole = j === i ? joined : loose(joined);
    if (keys.some((key) => keyNames(whole, j === i ? key : loose(key)))) return { line: i, lastLine: j, cell: 0 };
    if (joined === '' || !keys.some((key) => loose(key).startsWith(loose(joined)))) return undefined;
  }
  return undefined;
}

const loose = (key: string): string => key.replace(/[,.、;:]/g, '');

/** Whether a single-cell line is one of `keys` or the start of one: where a row's values end. */
export function startsLabel(line: Line | undefined, keys: readonly string[]): boolean {
  if (!line || line.row) return false;
  const key = line.keys[0] ?? '';
  return key.length > 0 && keys.some((k) => keyNames(key, k) || k.startsWith(key));
}
