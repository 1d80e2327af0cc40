/**
 * Section 一 split into its intro and the five customary sub-parts, found by their
 * numbering （一）…（五） in order. A heading standing on its own line is structure and
 * is dropped (the document prints the standard sub-part headings); a heading run into
 * its paragraph (「（一）主动公开情况。2024年，……」) is cut off at its full stop.
 */
import { overviewParts } from '../labels.ts';

export type OverviewPart = keyof typeof overviewParts;
const partKeys = Object.keys(overviewParts) as OverviewPart[];
const numerals = ['一', '二', '三', '四', '五'];
/** A heading is short and states no figure; anything else is text that happens to be numbered. */
const maxHeading = 40;

export type OverviewText = Record<'intro' | OverviewPart, string[]>;

export function splitOverview(paragraphs: readonly string[]): OverviewText {
  const parts: OverviewText = { intro: [], proactive: [], onRequest: [], management: [], platforms: [], oversight: [] };
  let current: 'intro' | OverviewPart = 'intro';
  let next = 0;
  for (const paragraph of paragraphs) {
    const heading = openingOf(paragraph, numerals[next]);
    const part = partKeys[next];
    if (heading === undefined || part === undefined) {
      parts[current].push(paragraph);
      continue;
    }
    current = part;
    next += 1;
    const rest = paragraph.slice(heading.length).trim();
    if (rest !== '') parts[current].push(rest);
  }
  return parts;
}

/**
 * Whether `paragraph` opens the part numbered （n）: undefined if not, else the heading
 * text to cut from it ('' when the numbered first sentence is text, not a heading).
 */
function openingOf(paragraph: string, numeral: string | undefined): string | undefined {
  if (numeral === undefined || !new RegExp(`^\\s*[（(]\\s*${numeral}\\s*[)）]`).test(paragraph)) return undefined;
  const stop = paragraph.search(/[。：:]/);
  if (stop < 0) return paragraph.length <= maxHeading ? paragraph : '';
  const heading = paragraph.slice(0, stop + 1);
  return stop < maxHeading && !/\d/.test(heading) ? heading : '';
}
