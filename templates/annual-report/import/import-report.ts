/**
 * A published annual-report page (plain text, pipe or tab tables, or HTML) to report
 * JSON. Tables are read first, by their printed labels; what they leave is the report's
 * prose, split by the section headings. Whatever could not be read is blank with a
 * finding; the result always passes the schema, and the cross-checks run on it.
 */
import type { Finding } from '../../../src/findings.ts';
import { joinBrokenLabels } from '../../../src/import/broken-labels.ts';
import { runCutter } from '../../../src/import/flattened-runs.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import { decodePage, pageToLines, shapeOf, type InputShape } from '../../../src/import/read-input.ts';
import { checkReport } from '../checks.ts';
import { sections } from '../labels.ts';
import { annualReport, type AnnualReport, type FormatVersion } from '../schema.ts';
import { assemble } from './assemble.ts';
import { readHeader } from './header.ts';
import { sectionMissing, textDropped } from './import-findings.ts';
import { reportLeftovers } from './leftovers.ts';
import { newPage, type Span } from './page.ts';
import { dateMissing, statedDate, takeFooter, takePageInfo, takeSignatureDate } from './page-info.ts';
import { readProactive } from './proactive.ts';
import { readRequests } from './requests.ts';
import { readReview } from './review.ts';
import { dropFurniture, pageNumber } from './furniture.ts';
import { tableVocabulary } from './table-vocabulary.ts';
import { findHeadings, sectionKeys, spanOf, type Headings, type SectionKey } from './sections.ts';
import { detectVersion, type Detection } from './version.ts';

export type ImportOptions = {
  readonly formatVersion?: FormatVersion | 'auto';
  /** How to read the input; guessed from its markup when absent. */
  readonly shape?: InputShape;
};

export type ImportResult = {
  readonly report: AnnualReport;
  /** The importer's findings first, then the cross-checks'. */
  readonly findings: Finding[];
  readonly detected: Detection & { readonly input: InputShape };
};

const cutRun = runCutter(tableVocabulary, pageNumber);
const rowLabelKeys = tableVocabulary.map(labelKey);

export function importReport(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  const text = typeof input === 'string' ? input : decodePage(input);
  const shape = shapeOf(text, options.shape);
  const furniture = dropFurniture(pageToLines(text, shape));
  const page = newPage(joinBrokenLabels(furniture.lines.flatMap((line) => cutRun(line) ?? [line]), rowLabelKeys));
  for (const dropped of furniture.dropped) page.findings.push(textDropped([], { zh: '页面', en: 'the page' }, dropped));
  const headings = findHeadings(page);
  const header = readHeader(page, headings.overview ?? page.lines.length);
  const detected = detectVersion(page.lines, header.year, options.formatVersion ?? 'auto', page.findings);
  const version = detected.formatVersion;
  const spanFor = (key: SectionKey): Span => spanOf(headings, key, page.lines.length) ?? gapFor(headings, key, header.bodyStart, page.lines.length);
  const preamble = { from: header.bodyStart, to: Math.min(page.lines.length, ...Object.values(headings).filter((i) => i >= header.bodyStart)) };

  for (const i of header.furniture) page.findings.push(textDropped([], { zh: '标题前', en: 'before the title' }, page.lines[i]?.cells.join(' ') ?? ''));
  const info = takePageInfo(page, preamble);
  if (info.text.length > 0) page.findings.push(textDropped([], { zh: '标题下', en: 'under the title' }, info.text.join(' ')));
  let publishedOn = info.date ?? statedDate(header.furniture.map((i) => page.lines[i]?.cells.join(' ') ?? ''));
  const proactive = readProactive(page, version, spanFor('proactive'));
  const requests = readRequests(page, version, spanFor('requests'));
  const review = readReview(page, spanFor('review'));
  const last = lastSpan(headings, page.lines.length) ?? preamble;
  const footer = takeFooter(page, last);
  if (footer) page.findings.push(textDropped([], { zh: '正文后', en: 'after the report' }, footer));
  publishedOn ??= takeSignatureDate(page, last);
  if (!publishedOn) {
    const missing = dateMissing(header.year);
    publishedOn = missing.date;
    page.findings.push(missing.finding);
  }
  for (const key of ['proactive', 'requests', 'review'] as const) {
    const span = spanOf(headings, key, page.lines.length);
    if (span) reportLeftovers(page, span, sections[key], [key]);
    else page.findings.push(sectionMissing([key], sections[key]));
  }
  const draft = assemble(page, { header, preamble, version, publishedOn, proactive, requests, review, spanOf: (key) => spanOf(headings, key, page.lines.length) });
  const parsed = annualReport.safeParse(draft);
  if (!parsed.success) throw new Error(`import produced a report the schema rejects: ${parsed.error.message}`);
  return { report: parsed.data, findings: [...page.findings, ...checkReport(parsed.data)], detected: { ...detected, input: shape } };
}

/** Where a section's tables may sit when its heading is missing: between the neighbouring headings found. */
function gapFor(headings: Headings, key: SectionKey, bodyStart: number, end: number): Span {
  const index = sectionKeys.indexOf(key);
  const before = sectionKeys.slice(0, index).map((k) => headings[k]).filter((i) => i !== undefined);
  const after = sectionKeys.slice(index + 1).map((k) => headings[k]).filter((i) => i !== undefined);
  return { from: before.length > 0 ? Math.max(...before) + 1 : bodyStart, to: after.length > 0 ? Math.min(...after) : end };
}

function lastSpan(headings: Headings, end: number): Span | undefined {
  const found = Object.values(headings);
  return found.length > 0 ? { from: Math.max(...found) + 1, to: end } : undefined;
}

