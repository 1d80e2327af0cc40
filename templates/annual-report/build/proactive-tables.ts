/**
 * Section 二: one table, as the official template sets it — for each item of Article 20
 * of the 条例 a shaded band row 「第二十条第（一）项」 across the table, a row of column
 * heads under it, then the item's rows; with the columns and rows of the format version.
 * The table has three value columns, as the template: three heads one each, one head all
 * three, two heads (2019's 第（八）（九）项) one and two.
 */
import type { CoveredCell, TableBlock, TableCell, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import {
  categoryColumn,
  proactiveColumns as columns,
  proactiveRows as rows,
  proactiveTables as captions,
  type Label,
} from '../labels.ts';
import type { AnnualReport, Report2019, Report2021 } from '../schema.ts';
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

function items2019(p: Report2019['proactive']): Item[] {
  const items = [columns.lastYearItems, columns.change, columns.decisions2019];
  const itemRow = (label: Label, r: { lastYearItems: number | null; change: number | null; decisions: number | null }): Row =>
    ({ label, values: [r.lastYearItems, r.change, r.decisions] });
  const documentRow = (label: Label, r: { newlyProduced: number | null; newlyDisclosed: number | null; totalDisclosed: number | null }): Row =>
    ({ label, values: [r.newlyProduced, r.newlyDisclosed, r.totalDisclosed] });
  return [
    { caption: captions.item1, heads: [columns.newlyProduced, columns.newlyDisclosed, columns.totalDisclosed], rows: [
      documentRow(rows.rules, p.item1.rules),
      documentRow(rows.normativeDocuments2019, p.item1.normativeDocuments),
    ] },
    { caption: captions.item5, heads: items, rows: [itemRow(rows.licensing, p.item5.licensing), itemRow(rows.otherServices, p.item5.otherServices)] },
    { caption: captions.item6, heads: items, rows: [itemRow(rows.penalties, p.item6.penalties), itemRow(rows.enforcement, p.item6.enforcement)] },
    { caption: captions.item8, heads: [columns.lastYearItems, columns.change], rows: [
      { label: rows.fees, values: [p.item8.fees.lastYearItems, p.item8.fees.change] },
    ] },
    { caption: captions.item9, heads: [columns.procurementProjects, columns.procurementAmount], rows: [
      { label: rows.procurement, values: [p.item9.procurement.projects, p.item9.procurement.amount] },
    ] },
  ];
}

function items2021(p: Report2021['proactive']): Item[] {
  const documentRow = (label: Label, r: { issued: number | null; repealed: number | null; inForce: number | null }): Row =>
    ({ label, values: [r.issued, r.repealed, r.inForce] });
  return [
    { caption: captions.item1, heads: [columns.issued, columns.repealed, columns.inForce], rows: [
      documentRow(rows.rules, p.item1.rules),
      documentRow(rows.normativeDocuments, p.item1.normativeDocuments),
    ] },
    { caption: captions.item5, heads: [columns.decisions], rows: [{ label: rows.licensing, values: [p.item5.licensing.decisions] }] },
    { caption: captions.item6, heads: [columns.decisions], rows: [
      { label: rows.penalties, values: [p.item6.penalties.decisions] },
      { label: rows.enforcement, values: [p.item6.enforcement.decisions] },
    ] },
    { caption: captions.item8, heads: [columns.feeAmount], rows: [{ label: rows.fees, values: [p.item8.fees.amount] }] },
  ];
}

/** The table of section 二 for the report's format version, its items in the order of the format. */
export function proactiveTable(report: AnnualReport, lang: Language): TableBlock {
  const items = report.formatVersion === '2019' ? items2019(report.proactive) : items2021(report.proactive);
  return {
    type: 'table',
    // The category column carries the longest words; each value column an equal share.
    columnWidths: [3, ...coveredRun(valueColumns).map(() => 2)],
    header: [],
    body: items.flatMap((item) => itemRows(item, lang)),
  };
}
