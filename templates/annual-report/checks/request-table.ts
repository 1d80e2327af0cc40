/** Section 三's rows in printed order, each with its path and label, for both versions. */
import type { PathSegment } from '../../../src/json-path.ts';
import type { Label } from '../labels.ts';
import {
  cannotProvideRows,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  type RequestColumn,
  requestColumns,
  requestRows,
  sections,
} from '../labels.ts';
import type { AnnualReport, RequestRow } from '../schema.ts';
import { type PlacedCell, under } from './cells.ts';

export type RequestRowRef = { readonly path: readonly PathSegment[]; readonly label: Label; readonly row: RequestRow };

const outcomesPath = ['requests', 'outcomes'] as const;

function group<K extends string>(key: string, groupLabel: Label, labels: Record<K, Label>, rows: Record<K, RequestRow>) {
  return (Object.keys(labels) as K[]).map((k): RequestRowRef => ({
    path: [...outcomesPath, key, k],
    label: under(groupLabel, labels[k]),
    row: rows[k],
  }));
}

/** The rows （一）…（六） whose sum is （七）总计: 1 + 1 + 8 + 3 + 5 + (1 or 3). */
export function outcomeLeafRows(report: AnnualReport): RequestRowRef[] {
  const o = report.requests.outcomes;
  const other = o.otherHandling;
  return [
    { path: [...outcomesPath, 'disclosed'], label: requestRows.disclosed, row: o.disclosed },
    { path: [...outcomesPath, 'partlyDisclosed'], label: requestRows.partlyDisclosed, row: o.partlyDisclosed },
    ...group('notDisclosed', requestRows.notDisclosed, notDisclosedRows, o.notDisclosed),
    ...group('cannotProvide', requestRows.cannotProvide, cannotProvideRows, o.cannotProvide),
    ...group('notProcessed', requestRows.notProcessed, notProcessedRows, o.notProcessed),
    ...('naturalPersons' in other
      ? [{ path: [...outcomesPath, 'otherHandling'], label: requestRows.otherHandling, row: other }]
      : group('otherHandling', requestRows.otherHandling, otherHandlingRows, other)),
  ];
}

export const newlyReceivedRow = (r: AnnualReport): RequestRowRef =>
  ({ path: ['requests', 'newlyReceived'], label: requestRows.newlyReceived, row: r.requests.newlyReceived });
export const carriedOverRow = (r: AnnualReport): RequestRowRef =>
  ({ path: ['requests', 'carriedOver'], label: requestRows.carriedOver, row: r.requests.carriedOver });
export const outcomeTotalRow = (r: AnnualReport): RequestRowRef =>
  ({ path: [...outcomesPath, 'total'], label: requestRows.total, row: r.requests.outcomes.total });
export const carriedToNextYearRow = (r: AnnualReport): RequestRowRef =>
  ({ path: ['requests', 'carriedToNextYear'], label: requestRows.carriedToNextYear, row: r.requests.carriedToNextYear });

/** Every number row of the table, top to bottom. */
export function requestTableRows(report: AnnualReport): RequestRowRef[] {
  return [
    newlyReceivedRow(report),
    carriedOverRow(report),
    ...outcomeLeafRows(report),
    outcomeTotalRow(report),
    carriedToNextYearRow(report),
  ];
}

export function requestCell(ref: RequestRowRef, column: RequestColumn): PlacedCell {
  return {
    path: [...ref.path, column],
    value: ref.row[column],
    table: sections.requests,
    row: ref.label,
    column: requestColumns[column],
  };
}
