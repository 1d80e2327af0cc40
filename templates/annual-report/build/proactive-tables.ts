/**
 * Section 二: one table, as the official template sets it — for each item of Article 20
 * of the 条例 a shaded band row 「第二十条第（一）项」 across the table, a row of column
 * heads under it, then the item's rows; the columns and rows of the format version in use
 * (proactive-spec.ts). The table has three value columns, as the template: three heads
 * one each, one head all three, two heads (2019's 第（八）（九）项) one and two.
 */
import type { CoveredCell, TableBlock, TableCell, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { categoryColumn, proactiveTables as captions, type Label } from '../labels.ts';
import { proactiveSpec, type ProactiveCells } from '../proactive-spec.ts';
import type { AnnualReport } from '../schema.ts';
import { labelCell, labelText, numberCell } from './text.ts';

type Row = { readonly label: Label; readonly values: readonly (number | null)[] };
type Item = { readonly caption: Label; readonly heads: readonly Label[]; readonly rows: readonly Row[] };

const valueColumns = 3;
const covered: CoveredCell = { covered: true };
const coveredRun = (n: number): CoveredCell[] => Array.from({ length: n }, () => covered);

/** Cells spread over the value columns, the last taking what is left, each followed by the columns it covers. */
const spread = (cells: readonly TableCell[]): (TableCell | CoveredCell)[] => {
  const each = Math.floor(valueColumns / cells.length);
  return cells.flatMap((cell, i) => {
    const span = i === cells.length - 1 ? valueColumns - each * (cells.length - 1) : each;
    return [span === 1 ? cell : { ...cell, colSpan: span }, ...coveredRun(span - 1)];
  });
};

function itemRows(item: Item, lang: Language): TableRow[] {
  const band: TableRow = [
    { content: labelText(item.caption, lang), colSpan: 1 + valueColumns, align: 'left', shaded: true },
    ...coveredRun(valueColumns),
  ];
  const heads: TableRow = [
    labelCell(categoryColumn, lang, { align: 'left', heading: true }),
    ...spread(item.heads.map((h) => labelCell(h, lang, { align: 'left', heading: true }))),
  ];
  const body = item.rows.map((row): TableRow => [labelCell(row.label, lang, { align: 'left' }), ...spread(row.values.map(numberCell))]);
  return [band, heads, ...body];
}

function items(report: AnnualReport): Item[] {
  const cells: ProactiveCells = report.proactive;
  return proactiveSpec[report.formatVersion].map((table) => ({
    caption: captions[table.key],
    heads: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => ({
      label: row.labels[0],
      values: table.columns.map((c) => cells[table.key]?.[row.key]?.[c.key] ?? null),
    })),
  }));
}

/** The table of section 二 for the report's format version, its items in the order of the format. */
export function proactiveTable(report: AnnualReport, lang: Language): TableBlock {
  return {
    type: 'table',
    // The category column carries the longest words; each value column an equal share.
    columnWidths: [3, ...coveredRun(valueColumns).map(() => 2)],
    header: [],
    body: items(report).flatMap((item) => itemRows(item, lang)),
  };
}
