/** Section 二: its cells with their printed labels (both versions), and the in-force heuristic. */
import { proactiveColumns, proactiveRows, proactiveTables } from '../labels.ts';
import { proactiveSpec, type ProactiveCells } from '../proactive-spec.ts';
import type { AnnualReport } from '../schema.ts';
import type { PlacedCell } from './cells.ts';
import { type Equation, minus, plus } from './equations.ts';

/** Every cell of the section 二 tables, walking item → row → column in printed order. */
export function proactiveCells(report: AnnualReport): PlacedCell[] {
  const cells: ProactiveCells = report.proactive;
  return proactiveSpec[report.formatVersion].flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.map((column) => ({
        path: ['proactive', table.key, row.key, column.key],
        value: cells[table.key]?.[row.key]?.[column.key] ?? null,
        table: proactiveTables[table.key],
        row: row.labels[0],
        column: column.label,
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
