/** Where the six section headings of the report sit on the page, in order. */
import { labelKey } from '../../../src/import/normalize.ts';
import { sections } from '../labels.ts';
import type { Page, Span } from './page.ts';

export type SectionKey = keyof typeof sections;
export const sectionKeys = Object.keys(sections) as SectionKey[];
export const sectionLabelKeys = Object.values(sections).map((s) => labelKey(s.zh));

export type Headings = Partial<Record<SectionKey, number>>;

/** Each heading is looked for after the previous one found, so a repeated phrase earlier on cannot steal it. */
export function findHeadings(page: Page): Headings {
  const found: Headings = {};
  let from = 0;
  for (const key of sectionKeys) {
    const wanted = labelKey(sections[key].zh);
    const at = page.lines.findIndex((line, i) => i >= from && !line.row && line.keys[0] === wanted);
    if (at >= 0) {
      found[key] = at;
      page.taken[at] = true;
      from = at + 1;
    }
  }
  return found;
}

/** The lines under a heading, up to the next heading found; undefined when the heading is missing. */
export function spanOf(headings: Headings, key: SectionKey, lineCount: number): Span | undefined {
  const at = headings[key];
  if (at === undefined) return undefined;
  const later = Object.values(headings).filter((i) => i > at);
  return { from: at + 1, to: later.length > 0 ? Math.min(...later) : lineCount };
}
