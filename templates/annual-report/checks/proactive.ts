/** Section 二: its cells with their printed labels (both versions), and the in-force heuristic. */
import type { Label } from '../labels.ts';
import { proactiveColumns, proactiveRows, proactiveTables } from '../labels.ts';
import type { AnnualReport, FormatVersion } from '../schema.ts';
import type { PlacedCell } from './cells.ts';
import { type Equation, minus, plus } from './equations.ts';

/** Keys the two versions share but print differently. */
const rowLabels: Record<FormatVersion, Record<string, Label>> = {
  '2019': { ...proactiveRows, normativeDocuments: proactiveRows.normativeDocuments2019 },
  '2021': proactiveRows,
};
const columnLabels: Record<FormatVersion, Record<string, Label>> = {
  '2019': {
    ...proactiveColumns,
    decisions: proactiveColumns.decisions2019,
    projects: proactiveColumns.procurementProjects,
    amount: proactiveColumns.procurementAmount,
  },
  '2021': { ...proactiveColumns, amount: proactiveColumns.feeAmount },
};
const tableLabels: Record<string, Label> = proactiveTables;

function labelFor(labels: Record<string, Label>, key: string): Label {
  const found = labels[key];
  if (!found) throw new Error(`labels.ts has no label for section 二 key "${key}"`);
  return found;
}

type TableView = Record<string, Record<string, Record<string, number | null>>>;

/** Every cell of the section 二 tables, walking item → row → column in printed order. */
export function proactiveCells(report: AnnualReport): PlacedCell[] {
  const version = report.formatVersion;
  const tables: TableView = report.proactive;
  return Object.entries(tables).flatMap(([item, rows]) =>
    Object.entries(rows).flatMap(([row, columns]) =>
      Object.entries(columns).map(([column, value]) => ({
        path: ['proactive', item, row, column],
        value,
        table: labelFor(tableLabels, item),
        row: labelFor(rowLabels[version], row),
        column: labelFor(columnLabels[version], column),
      }))));
}

/** 2021 （一）项: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (needs lastYear.inForce). */
export function proactiveEquations(report: AnnualReport): Equation[] {
  if (report.formatVersion !== '2021' || !report.lastYear?.inForce) return [];
  const lastYear = report.lastYear.inForce;
  const item1 = report.proactive.item1;
  return (['rules', 'normativeDocuments'] as const).map((row) => {
    const cell = (column: 'issued' | 'repealed' | 'inForce'): PlacedCell => ({
      path: ['proactive', 'item1', row, column],
      value: item1[row][column],
      table: proactiveTables.item1,
      row: proactiveRows[row],
      column: proactiveColumns[column],
    });
    return {
      rule: 'proactive.in-force-change',
      target: cell('inForce'),
      terms: [plus({ path: ['lastYear', 'inForce', row], value: lastYear[row] }), plus(cell('issued')), minus(cell('repealed'))],
    };
  });
}
