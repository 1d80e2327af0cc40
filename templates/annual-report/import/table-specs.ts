/**
 * The tables of sections 二, 三 and 四 as the importer looks for them: which printed label
 * names which key of the schema, and what kind of number each column holds. Section 二
 * comes from proactive-spec.ts; every label from labels.ts; the cell schemas from schema.ts.
 */
import type { z } from 'zod';
import {
  cannotProvideRows,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  proactiveColumns as col,
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
import { proactiveSpec, type TableSpec } from '../proactive-spec.ts';
import { cellSchemas, count, type FormatVersion } from '../schema.ts';

export type Column = { readonly key: string; readonly label: Label; readonly cell: z.ZodType<number | null> };
export type Row = { readonly key: string; readonly labels: readonly Label[] };
export type ProactiveTable = {
  readonly key: keyof typeof proactiveTables;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
};

const c = (key: string, label: Label, cell: z.ZodType<number | null> = count): Column => ({ key, label, cell });

/** Section 二 as the importer reads it: the shared spec, each column with its cell schema. */
export const proactiveSpecs: Record<FormatVersion, readonly ProactiveTable[]> = {
  '2019': proactiveSpec['2019'].map(importTable),
  '2021': proactiveSpec['2021'].map(importTable),
};

function importTable(table: TableSpec): ProactiveTable {
  return {
    key: table.key,
    columns: table.columns.map((column) => c(column.key, column.label, cellSchemas[column.cell])),
    rows: table.rows.map((row) => ({ key: row.key, labels: row.labels })),
  };
}

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
