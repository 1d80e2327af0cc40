/**
 * Comparison keys for printed labels. Scraped pages spell the same label many ways:
 * full- and half-width brackets and punctuation, stray spaces inside words (「科研机 构」),
 * line breaks inside a cell, 「1、」 for 「1.」. A key folds all of these so that two
 * spellings of one label compare equal; the text itself is never rewritten.
 */

const cjkNumeral = '[一二三四五六七八九十]+';

export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[“”„‟″〝〞]/g, '"')
    .replace(/[‘’′]/g, "'")
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']')
    // OCR and half-width pages print 、 as a comma inside a label (「逾期不补正, 行政机关」).
    .replace(/(?<=\p{Script=Han}|["')\]])、(?=\p{Script=Han}|["'(\[])/gu, ',')
    .replace(new RegExp(`(^|/)(${cjkNumeral})[.,、]`, 'g'), '$1$2、')
    .replace(/(^|\/)(\d{1,2})[.,、](?=\D)/g, '$1$2.')
    .replace(/[。.;:,、]+$/, '');
}

/** A label's numbering (「一、」「(一)」「1.」), which OCR and markdown pages often leave out or print on a heading above. */
const numbering = new RegExp(`^(?:${cjkNumeral}、|\\((?:${cjkNumeral}|\\d{1,2})\\)|\\d{1,2}\\.)`);

/** The key without its numbering; the key itself when it has none. */
export const withoutNumbering = (key: string): string => key.replace(numbering, '');

/**
 * Whether `candidate` names `label`, also when the page printed the group path before it
 * (「三、本年度办理结果 / （一）予以公开」) or left the label's numbering out (「予以公开」).
 */
export function keyNames(candidate: string, label: string): boolean {
  const bare = withoutNumbering(label);
  return endsWithLabel(candidate, label) || (bare !== label && bare.length > 1 && endsWithLabel(candidate, bare));
}

const endsWithLabel = (candidate: string, label: string): boolean => {
  if (candidate === label) return true;
  const start = candidate.length - label.length - 1;
  return start >= 0 && candidate[start] === '/' && candidate.endsWith(label);
};

/** Control characters never belong in text we keep (tabs and line breaks are structure, handled before). */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
