/**
 * One line of text placed on the page: its pieces (each in one face, one size, one spacing)
 * side by side from the line's start, aligned in the line's width, and on one baseline: the
 * line's top plus the tallest ascent among its faces.
 */
import type { FontRole } from '../../fonts/config.ts';
import type { LoadedFace } from '../../fonts/faces.ts';
import { fontRuns } from '../../fonts/runs.ts';
import { faceTextWidth } from './measure.ts';
import type { PlacedText } from './page-plan.ts';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of a line: text in one face at one size and character spacing. */
export type Inline = {
  readonly text: string;
  readonly face: LoadedFace;
  readonly size: number;
  readonly characterSpacing: number;
  /** Advances plus the spacing between its characters. */
  readonly width: number;
  /** Width of its trailing spaces: at the end of a line they hang past the edge. */
  readonly trailing: number;
};

/** A text cut into the faces that draw it (fonts/runs.ts), each run one inline. */
export function inlines(text: string, role: FontRole, size: number, characterSpacing = 0): Inline[] {
  return fontRuns(text, role).map((run) => inline(run.text, run.face, size, characterSpacing));
}

export function inline(text: string, face: LoadedFace, size: number, characterSpacing = 0): Inline {
  const width = faceTextWidth(face, text, size) + characterSpacing * (text.length - 1);
  const spaces = text.length - text.trimEnd().length;
  const trailing = spaces === 0 ? 0 : faceTextWidth(face, text.slice(-spaces), size) + characterSpacing * (spaces - 1);
  return { text, face, size, characterSpacing, width, trailing };
}

/** Width a line's inlines fill, its trailing spaces not counted. */
const lineWidth = (line: readonly Inline[]) => line.reduce((sum, i) => sum + i.width, 0) - (line.at(-1)?.trailing ?? 0);

export type LinePlace = {
  readonly x: number;
  readonly top: number;
  /** The width the line is aligned in. */
  readonly width: number;
  readonly align: Align;
  /** Justified: the room left is shared between the inlines' joins. */
  readonly justify?: boolean;
};

const ascent = (i: Inline) => (i.face.font.ascent / i.face.font.unitsPerEm) * i.size;

export function placeLine(line: readonly Inline[], place: LinePlace): PlacedText[] {
  const room = place.width - lineWidth(line);
  const offset = place.align === 'right' ? room : place.align === 'center' ? room / 2 : 0;
  const join = place.justify && line.length > 1 ? room / (line.length - 1) : 0;
  let baseline = 0;
  for (const i of line) baseline = Math.max(baseline, ascent(i));
  baseline += place.top;
  let x = place.x + offset;
  return line.map((i, at) => {
    const placed: PlacedText = {
      kind: 'text',
      x: x + at * join,
      baseline,
      face: i.face.id,
      size: i.size,
      text: i.text,
      characterSpacing: i.characterSpacing,
      width: i.width,
    };
    x += i.width;
    return placed;
  });
}
