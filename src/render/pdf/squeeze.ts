/**
 * Punctuation squeezing (W3C clreq §3.1.6, 标点挤压). A full-width mark is a glyph in one
 * half of its em box and a blank in the other; where two meet (「。」「，“」「）（」) the
 * blank between them is halved by taking half an em from the first. Simplified Chinese
 * faces set 「，。、；：」 at the left of the box, so the rule is the same for every pair.
 */

/** Full-width marks with a blank half: closing and pause marks, then opening brackets. */
const halfBlank = new Set([...'。，、；：）》」』”’】〕〉〗｝］', ...'（《「『“‘【〔〈〖｛［']);

/** Whether the blank after `first` is squeezed because `second` follows it. */
export const squeezes = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined && second !== undefined && halfBlank.has(first) && halfBlank.has(second);

/** What squeezing saves, in em, inside a text: half an em for every meeting pair. */
export function squeezedEm(text: string): number {
  const chars = [...text];
  let pairs = 0;
  for (let i = 1; i < chars.length; i++) if (squeezes(chars[i - 1], chars[i])) pairs++;
  return pairs / 2;
}
