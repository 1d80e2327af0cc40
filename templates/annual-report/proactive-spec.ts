/**
 * Section 二 of both format versions, once: each table of 第二十条 with its columns (key,
 * printed label, kind of number) and rows (key, printed label, and the other label some
 * reports print). The schema, the builder, the checks and the importer all derive from it.
 */
import { proactiveColumns as col, proactiveRows as row, type Label } from './labels.ts';
import type { proactiveTables } from './labels.ts';

/** What a cell holds: a count, a signed change (本年增/减), or an amount with two decimals. */
export type CellKind = 'count' | 'signed' | 'money';
export type ColumnSpec = { readonly key: string; readonly label: Label; readonly cell: CellKind };
/** `labels[0]` is the label the version prints; the others are what reports print instead. */
export type RowSpec = { readonly key: string; readonly labels: readonly [Label, ...Label[]] };
export type TableSpec = {
  readonly key: keyof typeof proactiveTables;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
};

const c = <K extends string, C extends CellKind = 'count'>(key: K, label: Label, cell: C = 'count' as C) => ({ key, label, cell });
const r = <K extends string>(key: K, ...labels: [Label, ...Label[]]) => ({ key, labels });

/** Reports of either version print 规范性文件 or 行政规范性文件; both name the same row. */
const normativeDocuments2019 = r('normativeDocuments', row.normativeDocuments2019, row.normativeDocuments);
const normativeDocuments2021 = r('normativeDocuments', row.normativeDocuments, row.normativeDocuments2019);
const itemColumns2019 = [c('lastYearItems', col.lastYearItems), c('change', col.change, 'signed'), c('decisions', col.decisions2019)] as const;

export const proactiveSpec = {
  '2019': [
    {
      key: 'item1',
      columns: [c('newlyProduced', col.newlyProduced), c('newlyDisclosed', col.newlyDisclosed), c('totalDisclosed', col.totalDisclosed)],
      rows: [r('rules', row.rules), normativeDocuments2019],
    },
    { key: 'item5', columns: itemColumns2019, rows: [r('licensing', row.licensing), r('otherServices', row.otherServices)] },
    { key: 'item6', columns: itemColumns2019, rows: [r('penalties', row.penalties), r('enforcement', row.enforcement)] },
    { key: 'item8', columns: [c('lastYearItems', col.lastYearItems), c('change', col.change, 'signed')], rows: [r('fees', row.fees)] },
    { key: 'item9', columns: [c('projects', col.procurementProjects), c('amount', col.procurementAmount, 'money')], rows: [r('procurement', row.procurement)] },
  ],
  '2021': [
    {
      key: 'item1',
      columns: [c('issued', col.issued), c('repealed', col.repealed), c('inForce', col.inForce)],
      rows: [r('rules', row.rules), normativeDocuments2021],
    },
    { key: 'item5', columns: [c('decisions', col.decisions)], rows: [r('licensing', row.licensing)] },
    { key: 'item6', columns: [c('decisions', col.decisions)], rows: [r('penalties', row.penalties), r('enforcement', row.enforcement)] },
    { key: 'item8', columns: [c('amount', col.feeAmount, 'money')], rows: [r('fees', row.fees)] },
  ],
} as const satisfies Record<'2019' | '2021', readonly TableSpec[]>;

export type ProactiveSpec = typeof proactiveSpec;

/** The input shape a version's spec describes: item → row → column → number or blank. */
export type ProactiveOf<T extends readonly TableSpec[]> = {
  [Table in T[number] as Table['key']]: {
    [Row in Table['rows'][number] as Row['key']]: { [Column in Table['columns'][number] as Column['key']]: number | null };
  };
};

/** The section as the builder, checks and importer walk it, whatever the version. */
export type ProactiveCells = Record<string, Record<string, Record<string, number | null>>>;
