/**
 * Section 三: the request statistics, laid out exactly as the official table — three
 * label columns (group, sub-group, leaf) merged as the format merges them, the corner note
 * with the 勾稽 rule in the top-left header cell, and seven number columns under the
 * header 申请人情况 → 自然人 | 法人或其他组织 (five) | 总计.
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

/**
 * Header: the corner note covers the three label columns and all three header rows;
 * 自然人 and 总计 run down the lower two rows beside 法人或其他组织's five columns.
 */
function header(lang: Language): TableRow[] {
  const columns = requestColumnKeys.length;
  return [
    [
      labelCell(requestCornerNote, lang, { colSpan: 3, rowSpan: 3, align: 'left' }),
      covered, covered,
      labelCell(requesterHeading, lang, { colSpan: columns }),
      ...Array.from({ length: columns - 1 }, () => covered),
    ],
    [
      covered, covered, covered,
      labelCell(requestColumns.naturalPersons, lang, { rowSpan: 2 }),
      labelCell(legalPersonsHeading, lang, { colSpan: legalPersonColumns.length }),
      ...legalPersonColumns.slice(1).map(() => covered),
      labelCell(requestColumns.total, lang, { rowSpan: 2 }),
    ],
    [
      covered, covered, covered, covered,
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

function body(report: AnnualReport, lang: Language): TableRow[] {
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

export function requestsTable(report: AnnualReport, lang: Language): TableBlock {
  return {
    type: 'table',
    // Group label (narrow when vertical), sub-group label, leaf label, then seven numbers —
    // wider where English words head them, as a word like 「organisations」 cannot wrap.
    columnWidths: lang === 'zh'
      ? [1.2, 3, 5.5, ...requestColumnKeys.map(() => 1.6)]
      : [2, 2.5, 4.5, ...requestColumnKeys.map(() => 2.4)],
    header: header(lang),
    body: body(report, lang),
  };
}
