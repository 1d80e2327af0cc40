/**
 * The tables of sections 二, 三 and 四 as the importer looks for them: which printed label
 * names which key of the schema, and what kind of number each column holds. Every label
 * comes from labels.ts; the cell schemas come from schema.ts.
 */
import type { z } from 'zod';
import {
  cannotProvideRows,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  proactiveColumns as col,
  proactiveRows as row,
  proactiveTables,
  requestColumnKeys,
  requestColumns,
  requestRows,
  reviewColumnKeys,
  reviewColumns,
  reviewGroupKeys,
  reviewGroups,
  type Label,
} from '../labels.ts';
import { count, money, signedCount, type FormatVersion } from '../schema.ts';

export type Column = { readonly key: string; readonly label: Label; readonly cell: z.ZodType<number | null> };
export type Row = { readonly key: string; readonly labels: readonly Label[] };
export type ProactiveTable = {
  readonly key: keyof typeof proactiveTables;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
};

const c = (key: string, label: Label, cell: z.ZodType<number | null> = count): Column => ({ key, label, cell });
const r = (key: string, ...labels: Label[]): Row => ({ key, labels });
/** Reports of either version print 规范性文件 or 行政规范性文件; both name the same row. */
const normativeDocuments = r('normativeDocuments', row.normativeDocuments2019, row.normativeDocuments);

const itemColumns2019 = [c('lastYearItems', col.lastYearItems), c('change', col.change, signedCount), c('decisions', col.decisions2019)];

export const proactiveSpecs: Record<FormatVersion, readonly ProactiveTable[]> = {
  '2019': [
    {
      key: 'item1',
      columns: [c('newlyProduced', col.newlyProduced), c('newlyDisclosed', col.newlyDisclosed), c('totalDisclosed', col.totalDisclosed)],
      rows: [r('rules', row.rules), normativeDocuments],
    },
    { key: 'item5', columns: itemColumns2019, rows: [r('licensing', row.licensing), r('otherServices', row.otherServices)] },
    { key: 'item6', columns: itemColumns2019, rows: [r('penalties', row.penalties), r('enforcement', row.enforcement)] },
    { key: 'item8', columns: [c('lastYearItems', col.lastYearItems), c('change', col.change, signedCount)], rows: [r('fees', row.fees)] },
    {
      key: 'item9',
      columns: [c('projects', col.procurementProjects), c('amount', col.procurementAmount, money)],
      rows: [r('procurement', row.procurement)],
    },
  ],
  '2021': [
    {
      key: 'item1',
      columns: [c('issued', col.issued), c('repealed', col.repealed), c('inForce', col.inForce)],
      rows: [r('rules', row.rules), normativeDocuments],
    },
    { key: 'item5', columns: [c('decisions', col.decisions)], rows: [r('licensing', row.licensing)] },
    { key: 'item6', columns: [c('decisions', col.decisions)], rows: [r('penalties', row.penalties), r('enforcement', row.enforcement)] },
    { key: 'item8', columns: [c('amount', col.feeAmount, money)], rows: [r('fees', row.fees)] },
  ],
};

/** Every label a proactive table's header may print, either version. */
export const proactiveHeaderLabels: readonly Label[] = [...Object.values(col)];

export const requestColumnSpecs: readonly Column[] = requestColumnKeys.map((key) => c(key, requestColumns[key]));

/** A row of the section 三 table: its path under `requests` and its printed label. */
export type RequestRow = { readonly path: readonly string[]; readonly label: Label };

const leaves = (group: string, rows: Record<string, Label>): RequestRow[] =>
  Object.entries(rows).map(([key, label]) => ({ path: ['outcomes', group, key], label }));

export const requestRowsBefore: readonly RequestRow[] = [
  { path: ['newlyReceived'], label: requestRows.newlyReceived },
  { path: ['carriedOver'], label: requestRows.carriedOver },
  { path: ['outcomes', 'disclosed'], label: requestRows.disclosed },
  { path: ['outcomes', 'partlyDisclosed'], label: requestRows.partlyDisclosed },
  ...leaves('notDisclosed', notDisclosedRows),
  ...leaves('cannotProvide', cannotProvideRows),
  ...leaves('notProcessed', notProcessedRows),
];
export const otherHandlingOneRow: RequestRow = { path: ['outcomes', 'otherHandling'], label: requestRows.otherHandling };
export const otherHandlingSplit: readonly RequestRow[] = leaves('otherHandling', otherHandlingRows);
export const requestRowsAfter: readonly RequestRow[] = [
  { path: ['outcomes', 'total'], label: requestRows.total },
  { path: ['carriedToNextYear'], label: requestRows.carriedToNextYear },
];
/** Labels of rows that carry no numbers of their own: they group the rows under them. */
export const requestGroupLabels: readonly Label[] = [
  requestRows.outcomes,
  requestRows.notDisclosed,
  requestRows.cannotProvide,
  requestRows.notProcessed,
  requestRows.otherHandling,
];

/** The 15 columns of section 四 in printed order: group by group, 维持 · 纠正 · 其他 · 尚未审结 · 总计. */
export const reviewCells = reviewGroupKeys.flatMap((group) =>
  reviewColumnKeys.map((column) => ({ group, column, groupLabel: reviewGroups[group], label: reviewColumns[column] })),
);
