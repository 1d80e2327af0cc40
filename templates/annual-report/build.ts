/**
 * The annual report as a document model: title, preamble and the six sections in the
 * order of the national format, every label from labels.ts. A pure function: the same
 * report and options always give the same model.
 */
import type { Block, DocumentModel } from '../../src/model/document.ts';
import type { BuildOptions, Language } from '../../src/template.ts';
import { metadata, qrCode, titleBlock } from './build/front-matter.ts';
import { proactiveTable } from './build/proactive-tables.ts';
import { requestsTable } from './build/requests-table.ts';
import { reviewTables } from './build/review-table.ts';
import { otherMattersBlocks, overviewBlocks } from './build/sections.ts';
import { labelText, paragraphs } from './build/text.ts';
import { sections, type Label } from './labels.ts';
import type { AnnualReport } from './schema.ts';

const section = (label: Label, lang: Language, body: readonly Block[]): Block[] =>
  [{ type: 'heading', level: 1, content: labelText(label, lang) }, ...body];

export function buildReport(report: AnnualReport, options: BuildOptions): DocumentModel {
  const { lang } = options;
  const qr = qrCode(options);
  return {
    layout: options.layout,
    metadata: metadata(report, lang),
    ...(qr === undefined ? {} : { qr }),
    pageNumbers: true,
    blocks: [
      titleBlock(report, lang),
      ...paragraphs(report.preamble, lang),
      ...section(sections.overview, lang, overviewBlocks(report, lang)),
      ...section(sections.proactive, lang, [proactiveTable(report, lang)]),
      ...section(sections.requests, lang, [requestsTable(report, lang)]),
      ...section(sections.review, lang, reviewTables(report, lang)),
      ...section(sections.problems, lang, paragraphs(report.problems, lang)),
      ...section(sections.other, lang, otherMattersBlocks(report, lang)),
    ],
  };
}
