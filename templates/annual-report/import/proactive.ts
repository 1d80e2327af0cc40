/**
 * Section 二: the tables of 第二十条 items, each found by its caption (「第二十条第（一）项」)
 * and its rows by their labels. A table whose caption is lost is still read when its
 * row labels are there; one with neither is reported missing.
 */
import { findLabel, type LabelHit } from '../../../src/import/label-search.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import { categoryColumn, proactiveTables, type Label } from '../labels.ts';
import type { FormatVersion } from '../schema.ts';
import { takeHeader } from './header-lines.ts';
import { columnsMismatch, rowMissing, tableMissing } from './import-findings.ts';
import { take, type Page, type Span } from './page.ts';
import { blankRow, readRow, type Cells } from './row-reader.ts';
import { sectionLabelKeys } from './sections.ts';
import { proactiveHeaderLabels, proactiveSpecs, type ProactiveTable } from './table-specs.ts';

const keysOf = (labels: readonly Label[]) => labels.map((l) => labelKey(l.zh));
const captionKeys = keysOf(Object.values(proactiveTables));
const headerKeys = keysOf([categoryColumn, ...proactiveHeaderLabels]);
const rowKeys = keysOf(Object.values(proactiveSpecs).flat().flatMap((t) => t.rows.flatMap((r) => r.labels)));
const stops = [...captionKeys, ...rowKeys, ...sectionLabelKeys];

export type ProactiveCells = Record<string, Record<string, Cells>>;

export function readProactive(page: Page, version: FormatVersion, span: Span): ProactiveCells {
  return Object.fromEntries(proactiveSpecs[version].map((table) => [table.key, readTable(page, table, version, span)]));
}

function readTable(page: Page, table: ProactiveTable, version: FormatVersion, span: Span): Record<string, Cells> {
  const caption = findLabel(page.lines, [labelKey(proactiveTables[table.key].zh)], span.from, span.to);
  const area = caption ? { from: caption.lastLine + 1, to: nextCaption(page, caption, span) } : span;
  if (caption) take(page, caption.line, caption.lastLine);
  const place = { table: proactiveTables[table.key] };
  if (printsOtherColumns(page, table, version, area)) {
    page.findings.push(columnsMismatch({ ...place, path: ['proactive', table.key] }, version, table.columns.map((c) => c.label.zh)));
    return Object.fromEntries(table.rows.map((row) => [row.key, blankRow(table.columns)]));
  }
  const rows: Record<string, Cells> = {};
  const missing: typeof table.rows[number][] = [];
  let cursor = area.from;
  for (const row of table.rows) {
    const hit = findLabel(page.lines, keysOf(row.labels), cursor, area.to);
    if (!hit) {
      missing.push(row);
      rows[row.key] = blankRow(table.columns);
      continue;
    }
    takeHeader(page, cursor, hit.line, headerKeys);
    const path = ['proactive', table.key, row.key];
    const read = readRow(page, hit, table.columns, { ...place, path, row: row.labels[0] as Label }, area.to, stops);
    rows[row.key] = read.cells;
    cursor = read.next;
  }
  if (missing.length === table.rows.length) page.findings.push(tableMissing({ ...place, path: ['proactive', table.key] }));
  else for (const row of missing) page.findings.push(rowMissing({ ...place, path: ['proactive', table.key, row.key], row: row.labels[0] as Label }));
  return rows;
}

/**
 * Whether the header above the table's first row prints the other version's columns
 * (「本年新制作数量」 where 2021 has 「本年制发件数」): then its numbers would land in the
 * wrong columns, so the table is not read. A page without header text is read by position.
 */
function printsOtherColumns(page: Page, table: ProactiveTable, version: FormatVersion, area: Span): boolean {
  const other = proactiveSpecs[version === '2019' ? '2021' : '2019'].find((t) => t.key === table.key);
  const first = findLabel(page.lines, keysOf(table.rows.flatMap((r) => r.labels)), area.from, area.to);
  if (!other || !first) return false;
  const own = keysOf(table.columns.map((c) => c.label)).sort((a, b) => b.length - a.length);
  const header = own.reduce((rest, key) => rest.replaceAll(key, ''), page.lines.slice(area.from, first.line).flatMap((l) => l.keys).join(''));
  return keysOf(other.columns.map((c) => c.label)).some((key) => !own.includes(key) && header.includes(key));
}

function nextCaption(page: Page, caption: LabelHit, span: Span): number {
  return findLabel(page.lines, captionKeys, caption.lastLine + 1, span.to)?.line ?? span.to;
}
