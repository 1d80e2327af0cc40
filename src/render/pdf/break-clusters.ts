/**
 * Chinese line breaking (W3C clreq): cuts text into clusters that must stay on one line.
 * A line may break between clusters only. UAX #14 (the usual line breaking) splits a
 * number from its unit (「12|件」) and breaks around some punctuation; these rules break
 * every line the PDF sets instead.
 */

/** Never at the start of a line: closing brackets and quotes, pause and stop marks. */
const closing = new Set([...'。，、；：？！）》」』”’】〕〉〗｝］．…‥·％‰', ...',.;:?!)]}%']);
/** Never at the end of a line: opening brackets and quotes. */
const opening = new Set([...'（《「『“‘【〔〈〖｛［', ...'([{']);
/** Marks written doubled (——, ……) that must not be split. */
const doubled = new Set(['—', '…']);

const isSpace = (char: string) => char === ' ' || char === '\u3000' || char === '\t';
/** A combining mark: it belongs to the character before it and is never parted from it. */
export const isMark = (char: string | undefined) => char !== undefined && /\p{M}/u.test(char);
/** After these a URL or e-mail address may end a line (「www.」「gov.」「@」「/」), when a letter follows. */
const addressBreaks = new Set(['/', '.', '@', '-']);
const isDigit = (char: string) => char >= '0' && char <= '9';
/** Latin letters, digits and their in-word punctuation (e-mail, phone, 3.5, 0517-8360). */
const isLatin = (char: string) => (char.codePointAt(0) ?? 0) < 0x0250 && !isSpace(char);
const isHan = (char: string) => /\p{Script=Han}/u.test(char);
const isLetter = (char: string | undefined) => char !== undefined && /\p{Script=Latin}/u.test(char);

/**
 * Whether a line may break between two neighbouring characters; `earlier` is the character
 * before `before`. A URL or e-mail address may break after 「/ . @ -」 (W3C clreq lets a
 * long Latin run break so that the Chinese line before it need not be letter-spaced). A hyphen joining two words (「Public-interest」) may end a line, so a
 * narrow table column need not cut the compound; in 「0517-8360」 it may not.
 */
export function mayBreakBetween(before: string, after: string, earlier?: string): boolean {
  if (isMark(after)) return false;
  if (opening.has(before) || closing.has(after)) return false;
  if (before === after && doubled.has(before)) return false;
  if (isSpace(after)) return false;
  if (isSpace(before)) return true;
  if (before === '-' && isLetter(earlier) && isLetter(after)) return true;
  // 「www.hailin.gov.cn」, 「hazwgkc@163.com」: an address may break where its parts join,
  // but not inside a number (「3.5」「0517-8360」).
  if (addressBreaks.has(before) && (isLetter(after) || (before !== '.' && before !== '-' && isDigit(after)))) return isLatin(earlier ?? '');
  if ((isLatin(before) || isMark(before)) && isLatin(after)) return false;
  if (isDigit(before) && isHan(after)) return false;
  return true;
}

/** The text as unbreakable clusters, in order; joined they give the text back. */
export function breakClusters(text: string): string[] {
  const clusters: string[] = [];
  let current = '';
  let previous: string | undefined;
  let earlier: string | undefined;
  for (const char of text) {
    if (previous !== undefined && mayBreakBetween(previous, char, earlier)) {
      clusters.push(current);
      current = '';
    }
    current += char;
    earlier = previous;
    previous = char;
  }
  if (current !== '') clusters.push(current);
  return clusters;
}

/** The text as graphemes: each character with the combining marks after it. */
export const graphemes = (text: string): string[] => text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? [];
