/**
 * Section 三: the request statistics, laid out exactly as the official table — three
 * label columns (group, sub-group, leaf) merged as the format merges them, the corner note
 * with the 勾稽 rule in the top-left header cell, and seven number columns under the
 * header 申请人情况 → 自然人 | 法人或其他组织 (five) | 总计.
 *
 * In English the words of the labels need the width the Chinese labels set one character
 * per line do without: the table is set as a dense (`wide`) table, and in `en` the three
 * label columns become one, each group label a row of its own above its rows.
 */
import type { CoveredCell, TableBlock, TableCell, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import {
  cannotProvideRows,
  legalPersonsHeading,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  requestColumnKeys,
  requesterColumnKeys,
  requestColumns,
  requestCornerNote,
  requesterHeading,
  requestRows,
  type Label,
} from '../labels.ts';
import type { AnnualReport, RequestRow } from '../schema.ts';
import { labelCell, numberCell } from './text.ts';

const covered: CoveredCell = { covered: true };
const legalPersonColumns = requesterColumnKeys.filter((k) => k !== 'naturalPersons');

const numbers = (row: RequestRow): TableCell[] => requestColumnKeys.map((k) => numberCell(row[k]));
const coveredRun = (n: number): CoveredCell[] => Array.from({ length: n }, () => covered);

/** Label columns: group, sub-group and leaf as the official table has them, or one in English. */
const labelColumnCount = (lang: Language) => (lang === 'en' ? 1 : 3);

/**
 * Header: the corner note covers the three label columns and all three header rows;
 * 自然人 and 总计 run down the lower two rows beside 法人或其他组织's five columns.
 */
function header(lang: Language): TableRow[] {
  const columns = requestColumnKeys.length;
  const labels = labelColumnCount(lang);
  return [
    [
      labelCell(requestCornerNote, lang, { colSpan: labels, rowSpan: 3, align: 'left' }),
      ...coveredRun(labels - 1),
      labelCell(requesterHeading, lang, { colSpan: columns }),
      ...coveredRun(columns - 1),
    ],
    [
      ...coveredRun(labels),
      labelCell(requestColumns.naturalPersons, lang, { rowSpan: 2 }),
      labelCell(legalPersonsHeading, lang, { colSpan: legalPersonColumns.length }),
      ...coveredRun(legalPersonColumns.length - 1),
      labelCell(requestColumns.total, lang, { rowSpan: 2 }),
    ],
    [
      ...coveredRun(labels + 1),
      ...legalPersonColumns.map((k) => labelCell(requestColumns[k], lang)),
      covered,
    ],
  ];
}

/** A sub-group of the outcomes: one row spanning both inner label columns, or a label over its leaves. */
type Group = { readonly label: Label; readonly leaves: readonly { label: Label; row: RequestRow }[] } |
  { readonly label: Label; readonly row: RequestRow };

const leavesOf = <K extends string>(labels: Record<K, Label>, rows: Record<K, RequestRow>) =>
  (Object.keys(labels) as K[]).map((k) => ({ label: labels[k], row: rows[k] }));

function outcomeGroups(report: AnnualReport): Group[] {
  const o = report.requests.outcomes;
  const other = o.otherHandling;
  return [
    { label: requestRows.disclosed, row: o.disclosed },
    { label: requestRows.partlyDisclosed, row: o.partlyDisclosed },
    { label: requestRows.notDisclosed, leaves: leavesOf(notDisclosedRows, o.notDisclosed) },
    { label: requestRows.cannotProvide, leaves: leavesOf(cannotProvideRows, o.cannotProvide) },
    { label: requestRows.notProcessed, leaves: leavesOf(notProcessedRows, o.notProcessed) },
    'naturalPersons' in other
      ? { label: requestRows.otherHandling, row: other }
      : { label: requestRows.otherHandling, leaves: leavesOf(otherHandlingRows, other) },
    { label: requestRows.total, row: o.total },
  ];
}

/** The rows of 三、本年度办理结果, without the outer group label (added to the first row). */
function groupRows(group: Group, lang: Language): (TableCell | CoveredCell)[][] {
  if ('row' in group) return [[labelCell(group.label, lang, { colSpan: 2, align: 'left' }), covered, ...numbers(group.row)]];
  return group.leaves.map(({ label, row }, i) => [
    i === 0 ? labelCell(group.label, lang, { rowSpan: group.leaves.length, align: 'left' }) : covered,
    labelCell(label, lang, { align: 'left' }),
    ...numbers(row),
  ]);
}

/** A row holding one label across the whole table: a group heading of the English table. */
const groupHeadingRow = (label: Label, lang: Language): TableRow => {
  const columns = 1 + requestColumnKeys.length;
  return [labelCell(label, lang, { colSpan: columns, align: 'left' }), ...coveredRun(columns - 1)];
};

/** The English body: one label column, each group's label on a row above its rows. */
function englishBody(report: AnnualReport): TableRow[] {
  const r = report.requests;
  const row = (label: Label, figures: RequestRow): TableRow => [labelCell(label, 'en', { align: 'left' }), ...numbers(figures)];
  const outcomeRows = outcomeGroups(report).flatMap((group) =>
    'row' in group
      ? [row(group.label, group.row)]
      : [groupHeadingRow(group.label, 'en'), ...group.leaves.map((leaf) => row(leaf.label, leaf.row))],
  );
  return [
    row(requestRows.newlyReceived, r.newlyReceived),
    row(requestRows.carriedOver, r.carriedOver),
    groupHeadingRow(requestRows.outcomes, 'en'),
    ...outcomeRows,
    row(requestRows.carriedToNextYear, r.carriedToNextYear),
  ];
}

function body(report: AnnualReport, lang: Language): TableRow[] {
  if (lang === 'en') return englishBody(report);
  const r = report.requests;
  const topRow = (label: Label, row: RequestRow): TableRow =>
    [labelCell(label, lang, { colSpan: 3, align: 'left' }), covered, covered, ...numbers(row)];
  const outcomeRows = outcomeGroups(report).flatMap((g) => groupRows(g, lang));
  // Set one character per line only where the label is Chinese alone; English needs the width.
  const outcomesLabel = labelCell(requestRows.outcomes, lang, { rowSpan: outcomeRows.length, vertical: lang === 'zh' });
  return [
    topRow(requestRows.newlyReceived, r.newlyReceived),
    topRow(requestRows.carriedOver, r.carriedOver),
    ...outcomeRows.map((row, i) => [i === 0 ? outcomesLabel : covered, ...row]),
    topRow(requestRows.carriedToNextYear, r.carriedToNextYear),
  ];
}

/**
 * Relative widths: the label columns, then the seven numbers. Renderers widen a number
 * column to its widest word (「organisations」), so these are the proportions wanted.
 */
const widths: Record<Language, readonly number[]> = {
  zh: [1.2, 3, 5.5, ...requestColumnKeys.map(() => 1.6)],
  'zh-en': [2, 2.5, 4.5, ...requestColumnKeys.map(() => 2)],
  en: [6, ...requestColumnKeys.map(() => 2)],
};

export function requestsTable(report: AnnualReport, lang: Language): TableBlock {
  return {
    type: 'table',
    columnWidths: widths[lang],
    header: header(lang),
    body: body(report, lang),
    ...(lang === 'zh' ? {} : { wide: true }),
  };
}
