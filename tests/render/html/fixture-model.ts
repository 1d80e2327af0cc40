/**
 * A document model shaped like a real report (for tests, until and besides the template
 * builder): a title, headings, paragraphs, the section 三 table with its corner, spans
 * and vertical group label, and the 15-column section 四 table.
 */
import type { DocumentModel, TableCell, TableRow } from '../../../src/model/document.ts';
import {
  legalPersonsHeading,
  litigationHeading,
  notDisclosedRows,
  overviewParts,
  reportTitle,
  requestColumns,
  requestCornerNote,
  requesterHeading,
  requestRows,
  reviewColumns,
  reviewGroups,
  sections,
} from '../../../templates/annual-report/labels.ts';

const covered = { covered: true } as const;
const zh = (label: { zh: string; en: string }) => ({ text: label.zh, secondary: label.en });
const number = (value: number): TableCell => ({ content: { text: String(value) }, numeric: true });

/** The 15-column table: two header rows of groups, one of column labels, one row of numbers. */
const reviewHeader: TableRow[] = [
  [
    { content: zh(reviewGroups.reconsideration), colSpan: 5, rowSpan: 2 },
    covered, covered, covered, covered,
    { content: zh(litigationHeading), colSpan: 10 },
    ...Array<typeof covered>(9).fill(covered),
  ],
  [
    ...Array<typeof covered>(5).fill(covered),
    { content: zh(reviewGroups.litigationDirect), colSpan: 5 },
    covered, covered, covered, covered,
    { content: zh(reviewGroups.litigationAfterReconsideration), colSpan: 5 },
    covered, covered, covered, covered,
  ],
  Array.from({ length: 3 }, () => Object.values(reviewColumns).map((label) => ({ content: zh(label) }))).flat(),
];
const reviewRow: TableRow = Array.from({ length: 15 }, (_, i) => number(i * 1000 + 7));

const requestHeader: TableRow[] = [
  [
    { content: zh(requestCornerNote), colSpan: 3, rowSpan: 3 },
    covered, covered,
    { content: zh(requesterHeading), colSpan: 7 },
    ...Array<typeof covered>(6).fill(covered),
  ],
  [
    covered, covered, covered,
    { content: zh(requestColumns.naturalPersons), rowSpan: 2 },
    { content: zh(legalPersonsHeading), colSpan: 5 },
    covered, covered, covered, covered,
    { content: zh(requestColumns.total), rowSpan: 2 },
  ],
  [
    covered, covered, covered, covered,
    ...[requestColumns.commercial, requestColumns.research, requestColumns.publicInterest, requestColumns.legalServices, requestColumns.other].map(
      (label) => ({ content: zh(label) }),
    ),
    covered,
  ],
];
const numbers = (seed: number) => Array.from({ length: 7 }, (_, i) => number(seed + i));
const requestBody: TableRow[] = [
  [{ content: zh(requestRows.newlyReceived), colSpan: 3 }, covered, covered, ...numbers(100)],
  [{ content: zh(requestRows.outcomes), rowSpan: 3, vertical: true }, { content: zh(requestRows.disclosed), colSpan: 2 }, covered, ...numbers(200)],
  [covered, { content: zh(requestRows.notDisclosed), rowSpan: 2 }, { content: zh(notDisclosedRows.stateSecret) }, ...numbers(300)],
  [covered, covered, { content: zh(notDisclosedRows.prohibitedByLaw) }, ...numbers(400)],
];

export const agency = '淮安市人民政府';
export const title = reportTitle.zh(agency, 2024);

export const fixtureModel: DocumentModel = {
  layout: 'screen',
  metadata: { title, author: agency, subject: reportTitle.en(agency, 2024), keywords: ['政府信息公开'], language: 'zh-CN', date: '2025-01-20' },
  qr: { url: 'https://reports.example.org/r/abc123', caption: { text: '扫码查看', secondary: 'Scan to read' } },
  pageNumbers: true,
  blocks: [
    { type: 'title', lines: [{ text: title, secondary: reportTitle.en(agency, 2024) }] },
    { type: 'paragraph', text: '本报告根据《中华人民共和国政府信息公开条例》编制。' },
    { type: 'heading', level: 1, content: zh(sections.overview) },
    { type: 'heading', level: 2, content: zh(overviewParts.proactive) },
    { type: 'paragraph', text: '全年主动公开政府信息一万余条。', indent: false, align: 'left' },
    { type: 'heading', level: 1, content: zh(sections.requests) },
    { type: 'table', columnWidths: [1, 2, 4, 1, 1, 1, 1, 1, 1, 1], header: requestHeader, body: requestBody },
    { type: 'heading', level: 1, content: zh(sections.review) },
    { type: 'table', columnWidths: Array<number>(15).fill(1), header: reviewHeader, body: [reviewRow], wide: true },
  ],
};
