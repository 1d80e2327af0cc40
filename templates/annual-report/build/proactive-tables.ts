/**
 * Section 二: one small table per item of Article 20 of the 条例, each under its caption
 * 「第二十条第（一）项」…, with the columns and rows of the format version in use.
 */
import type { TableBlock, TableRow } from '../../../src/model/document.ts';
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

function proactiveTable(caption: Label, heads: readonly Label[], body: readonly Row[], lang: Language): TableBlock {
  const header: TableRow = [labelCell(categoryColumn, lang), ...heads.map((h) => labelCell(h, lang))];
  return {
    type: 'table',
    caption: labelText(caption, lang),
    // The category column carries the longest words; each number column gets an equal share.
    columnWidths: [3, ...heads.map(() => 2)],
    header: [header],
    body: body.map((row) => [labelCell(row.label, lang, { align: 'left' }), ...row.values.map(numberCell)]),
  };
}

function tables2019(p: Report2019['proactive'], lang: Language): TableBlock[] {
  const items = [columns.lastYearItems, columns.change, columns.decisions2019];
  const itemRow = (label: Label, r: { lastYearItems: number | null; change: number | null; decisions: number | null }): Row =>
    ({ label, values: [r.lastYearItems, r.change, r.decisions] });
  const documentRow = (label: Label, r: { newlyProduced: number | null; newlyDisclosed: number | null; totalDisclosed: number | null }): Row =>
    ({ label, values: [r.newlyProduced, r.newlyDisclosed, r.totalDisclosed] });
  return [
    proactiveTable(captions.item1, [columns.newlyProduced, columns.newlyDisclosed, columns.totalDisclosed], [
      documentRow(rows.rules, p.item1.rules),
      documentRow(rows.normativeDocuments2019, p.item1.normativeDocuments),
    ], lang),
    proactiveTable(captions.item5, items, [
      itemRow(rows.licensing, p.item5.licensing),
      itemRow(rows.otherServices, p.item5.otherServices),
    ], lang),
    proactiveTable(captions.item6, items, [
      itemRow(rows.penalties, p.item6.penalties),
      itemRow(rows.enforcement, p.item6.enforcement),
    ], lang),
    proactiveTable(captions.item8, [columns.lastYearItems, columns.change], [
      { label: rows.fees, values: [p.item8.fees.lastYearItems, p.item8.fees.change] },
    ], lang),
    proactiveTable(captions.item9, [columns.procurementProjects, columns.procurementAmount], [
      { label: rows.procurement, values: [p.item9.procurement.projects, p.item9.procurement.amount] },
    ], lang),
  ];
}

function tables2021(p: Report2021['proactive'], lang: Language): TableBlock[] {
  const documentRow = (label: Label, r: { issued: number | null; repealed: number | null; inForce: number | null }): Row =>
    ({ label, values: [r.issued, r.repealed, r.inForce] });
  return [
    proactiveTable(captions.item1, [columns.issued, columns.repealed, columns.inForce], [
      documentRow(rows.rules, p.item1.rules),
      documentRow(rows.normativeDocuments, p.item1.normativeDocuments),
    ], lang),
    proactiveTable(captions.item5, [columns.decisions], [
      { label: rows.licensing, values: [p.item5.licensing.decisions] },
    ], lang),
    proactiveTable(captions.item6, [columns.decisions], [
      { label: rows.penalties, values: [p.item6.penalties.decisions] },
      { label: rows.enforcement, values: [p.item6.enforcement.decisions] },
    ], lang),
    proactiveTable(captions.item8, [columns.feeAmount], [
      { label: rows.fees, values: [p.item8.fees.amount] },
    ], lang),
  ];
}

/** The tables of section 二 for the report's format version, in the order of the format. */
export function proactiveTables(report: AnnualReport, lang: Language): TableBlock[] {
  return report.formatVersion === '2019'
    ? tables2019(report.proactive, lang)
    : tables2021(report.proactive, lang);
}
