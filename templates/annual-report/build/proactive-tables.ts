/**
 * Section 二: one small table per item of Article 20 of the 条例, each under its caption
 * 「第二十条第（一）项」…, with the columns and rows of the format version in use (proactive-spec.ts).
 */
import type { TableBlock, TableRow } from '../../../src/model/document.ts';
import type { Language } from '../../../src/template.ts';
import { categoryColumn, proactiveTables as captions, type Label } from '../labels.ts';
import { proactiveSpec, type ProactiveCells } from '../proactive-spec.ts';
import type { AnnualReport } from '../schema.ts';
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

/** The tables of section 二 for the report's format version, in the order of the format. */
export function proactiveTables(report: AnnualReport, lang: Language): TableBlock[] {
  const cells: ProactiveCells = report.proactive;
  return proactiveSpec[report.formatVersion].map((table) =>
    proactiveTable(captions[table.key], table.columns.map((c) => c.label), table.rows.map((row) => ({
      label: row.labels[0],
      values: table.columns.map((c) => cells[table.key]?.[row.key]?.[c.key] ?? null),
    })), lang));
}
