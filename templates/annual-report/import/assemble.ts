/**
 * The report object from what the readers found: the prose of the preamble and of
 * sections 一, 五 and 六, the tables, and the 信息处理费 of 六 for the 2021 format.
 * Missing headings leave their prose empty, with a finding.
 */
import { sections } from '../labels.ts';
import type { FormatVersion, Paragraph } from '../schema.ts';
import { readContact } from './contact.ts';
import { readFee } from './fees.ts';
import type { Header } from './header.ts';
import { sectionMissing, unrecognizedTable } from './import-findings.ts';
import { splitOverview } from './overview.ts';
import type { Page, Span } from './page.ts';
import type { ProactiveCells } from './proactive.ts';
import { proseLines, toParagraphs } from './prose.ts';
import type { Cells } from './row-reader.ts';
import type { SectionKey } from './sections.ts';
import type { RequestRow } from './table-specs.ts';
import type { ReviewCells } from './review.ts';

export type Found = {
  readonly header: Header;
  readonly preamble: Span;
  readonly version: FormatVersion;
  readonly publishedOn: string;
  readonly proactive: ProactiveCells;
  readonly requests: ReadonlyMap<RequestRow, Cells>;
  readonly review: ReviewCells;
  readonly spanOf: (key: SectionKey) => Span | undefined;
};

export function assemble(page: Page, found: Found): Record<string, unknown> {
  const prose = (key: SectionKey | 'preamble', path: readonly PropertyKey[]): string[] => {
    const span = key === 'preamble' ? found.preamble : found.spanOf(key);
    if (!span) {
      if (key !== 'preamble') page.findings.push(sectionMissing(path, sections[key]));
      return [];
    }
    const { text, rows } = proseLines(page, span);
    const where = key === 'preamble' ? { zh: '前言', en: 'preamble' } : sections[key];
    if (rows.length > 0) page.findings.push(unrecognizedTable(path, where, rows.join(' ')));
    return text;
  };
  const paragraphs = (lines: readonly string[], path: readonly PropertyKey[]): Paragraph[] => toParagraphs(lines, path, page.findings);

  const overview = splitOverview(prose('overview', ['overview']));
  const problems = prose('problems', ['problems']);
  const otherMatters = prose('other', ['otherMatters']);
  const fee = found.version === '2021' ? readFee(otherMatters) : {};
  if (fee.finding) page.findings.push(fee.finding);
  const { header } = found;
  const preamble = prose('preamble', ['preamble']);
  const contact = readContact(preamble);
  return {
    formatVersion: found.version,
    agency: { name: header.agency, ...(contact ? { contact } : {}) },
    year: header.year,
    publishedOn: found.publishedOn,
    ...(header.title ? { title: { zh: header.title } } : {}),
    preamble: paragraphs(preamble, ['preamble']),
    overview: Object.fromEntries(Object.entries(overview).map(([part, lines]) => [part, paragraphs(lines, ['overview', part])])),
    proactive: found.proactive,
    requests: nest(found.requests),
    review: found.review,
    problems: paragraphs(problems, ['problems']),
    otherMatters: paragraphs(otherMatters, ['otherMatters']),
    ...(fee.yuan === undefined ? {} : { fees: { informationProcessingFeeYuan: fee.yuan } }),
  };
}

/** The section 三 rows, placed at their paths under `requests`. */
function nest(rows: ReadonlyMap<RequestRow, Cells>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [row, cells] of rows) {
    let node = root;
    row.path.slice(0, -1).forEach((segment) => {
      node = (node[segment] ??= {}) as Record<string, unknown>;
    });
    node[row.path.at(-1) as string] = cells;
  }
  return root;
}
