/**
 * The report's text: each untaken line of a section is a paragraph, kept as found. The
 * schema's limits (paragraph length and count, plain text) are met by splitting long
 * paragraphs at a sentence end and by saying what had to be changed, never silently.
 */
import type { Finding } from '../../../src/findings.ts';
import { lineText } from '../../../src/import/lines.ts';
import { limits, type Paragraph } from '../schema.ts';
import { excerpt, otherFinding } from './import-findings.ts';
import type { Page, Span } from './page.ts';

/** Takes the untaken lines of a span: single-cell lines are text; row lines are returned apart, for reporting. */
export function proseLines(page: Page, span: Span): { text: string[]; rows: string[] } {
  const text: string[] = [];
  const rows: string[] = [];
  for (let i = span.from; i < span.to; i += 1) {
    const line = page.lines[i];
    if (!line || page.taken[i]) continue;
    page.taken[i] = true;
    (line.row ? rows : text).push(lineText(line).trim());
  }
  return { text, rows };
}

/** The schema's test for markup; a `<` that could open a tag becomes full-width to pass it. */
const markup = /<\/?[a-zA-Z!][^>]*>/;
const tagOpening = /<(?=\/?[a-zA-Z!])/g;

/** Paragraphs the schema accepts, from lines as found; `path` names the prose for findings. */
export function toParagraphs(lines: readonly string[], path: readonly PropertyKey[], findings: Finding[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    let text = line;
    if (markup.test(text)) {
      text = text.replace(tagOpening, '＜');
      findings.push(otherFinding('import.text-altered', path,
        `正文中形似 HTML 标记的文字改用全角「＜」：「${excerpt(text)}」`,
        `Text that looks like HTML markup now uses a full-width "＜": "${excerpt(text)}"`));
    }
    paragraphs.push(...splitLong(text).map((zh) => ({ zh })));
  }
  if (paragraphs.length <= limits.paragraphs) return paragraphs;
  findings.push(otherFinding('import.text-dropped', path,
    `该部分超过 ${limits.paragraphs} 段，其后 ${paragraphs.length - limits.paragraphs} 段未导入。`,
    `This part has more than ${limits.paragraphs} paragraphs; the last ${paragraphs.length - limits.paragraphs} were not imported.`));
  return paragraphs.slice(0, limits.paragraphs);
}

/** Splits a paragraph over the length limit after the last sentence end that fits. */
function splitLong(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limits.paragraph) {
    const window = rest.slice(0, limits.paragraph);
    const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；')) + 1 || limits.paragraph;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest === '' ? parts : [...parts, rest];
}
