/**
 * A grid line as pieces, each drawn with its own character spacing, so that one spacing
 * `s` can be set between characters while squeezed punctuation and combining marks get
 * what they need. A piece is as wide as its advances plus its spacing after each of its
 * characters but the last (set-line.ts places the next piece there); pdfkit loses the
 * spacing after a mark (it places a mark afresh from the advances). So: plain text is one
 * piece at `s`; a run of squeezed punctuation one piece at `s` less half an em; a character
 * with k combining marks one piece at `s / k`, which puts exactly `s` after it. Between two
 * pieces no spacing is added: those gaps take no share.
 */
import { graphemes, isMark } from './break-clusters.ts';
import { squeezedEm, squeezes } from './squeeze.ts';

export type Piece = {
  readonly text: string;
  /** A character with its marks: its last spacing comes after its last glyph. */
  readonly marked: boolean;
  /** Spacing of the piece is `share * s + fixed` points per gap. */
  readonly share: number;
  readonly fixed: number;
  /** Gaps inside the piece that take spacing (UTF-16 units, as the piece's width counts them). */
  readonly gaps: number;
};

type Kind = 'plain' | 'squeezed' | 'marked';

const anyMark = /\p{M}/u;

export function linePieces(text: string, em: number): Piece[] {
  if (!anyMark.test(text) && squeezedEm(text) === 0) return [{ text, marked: false, share: 1, fixed: 0, gaps: text.length - 1 }];
  const units = graphemes(text);
  const kinds: Kind[] = units.map((g, i) =>
    [...g].some((c) => isMark(c))
      ? 'marked'
      : squeezes(g, units[i + 1]) || squeezes(units[i - 1], g) ? 'squeezed' : 'plain',
  );
  const pieces: Piece[] = [];
  let start = 0;
  units.forEach((_, i) => {
    const kind = kinds[i];
    const next = kinds[i + 1];
    // A squeezed run ends where the pair chain ends; a marked grapheme stands alone.
    const ends = next === undefined || kind === 'marked' || next === 'marked' || kind !== next ||
      (kind === 'squeezed' && !squeezes(units[i], units[i + 1]));
    if (!ends) return;
    const piece = units.slice(start, i + 1).join('');
    start = i + 1;
    if (kind === 'marked') {
      const marks = piece.length - 1;
      pieces.push({ text: piece, marked: true, share: 1 / marks, fixed: 0, gaps: marks });
    } else {
      pieces.push({ text: piece, marked: false, share: 1, fixed: kind === 'squeezed' ? -em / 2 : 0, gaps: piece.length - 1 });
    }
  });
  return pieces;
}

/**
 * The spacing slots between a line's glyphs and the fixed squeeze, for solving its spacing.
 * A marked grapheme ending the line has its slot after its last glyph: not between glyphs.
 */
export function pieceTotals(pieces: readonly Piece[]): { slots: number; fixed: number } {
  const last = pieces.at(-1);
  const trailing = last?.marked ? 1 : 0;
  return pieces.reduce(
    (sum, p) => ({ slots: sum.slots + p.share * p.gaps, fixed: sum.fixed + p.fixed * p.gaps }),
    { slots: -trailing, fixed: 0 },
  );
}
