/**
 * Section 三: the request statistics, one row per printed label in the standard order,
 * seven number columns each. （六）其他处理 is read as three rows when a 2021 page prints
 * them, else as one row.
 */
import { findLabel } from '../../../src/import/label-search.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import { legalPersonsHeading, requestCornerNote, requesterHeading, sections, type Label } from '../labels.ts';
import type { FormatVersion } from '../schema.ts';
import { takeHeader } from './header-lines.ts';
import { rowMissing, tableMissing } from './import-findings.ts';
import type { Page, Span } from './page.ts';
import { resolveRequestSplits, type Pending } from './request-splits.ts';
import { blankRow, readRow, type Cells } from './row-reader.ts';
import type { SplitRule } from '../../../src/import/digit-runs.ts';
import { sectionLabelKeys } from './sections.ts';
import {
  otherHandlingOneRow,
  otherHandlingSplit,
  requestColumnSpecs,
  requestGroupLabels,
  requestRowsAfter,
  requestRowsBefore,
  type RequestRow,
} from './table-specs.ts';

const key = (label: Label) => labelKey(label.zh);
const allRows = [...requestRowsBefore, otherHandlingOneRow, ...otherHandlingSplit, ...requestRowsAfter];
const groupKeys = requestGroupLabels.map(key);
const stops = [...allRows.map((r) => key(r.label)), ...groupKeys, ...sectionLabelKeys];
const headerKeys = [requestCornerNote, requesterHeading, legalPersonsHeading, ...requestColumnSpecs.map((c) => c.label)].map(key);
const table = sections.requests;
/** The row's own rule, for splitting a digit run: 总计 is the sum of the six requester columns. */
const rowRule: SplitRule = {
  groups: [requestColumnSpecs.length],
  check: (_, values) => values.slice(0, -1).reduce((a, b) => a + b, 0) === values.at(-1),
};


export function readRequests(page: Page, version: FormatVersion, span: Span): Map<RequestRow, Cells> {
  const split = version === '2021' && findLabel(page.lines, otherHandlingSplit.map((r) => key(r.label)), span.from, span.to) !== undefined;
  const rows = [...requestRowsBefore, ...(split ? otherHandlingSplit : [otherHandlingOneRow]), ...requestRowsAfter];
  const cells = new Map<RequestRow, Cells>();
  const missing: RequestRow[] = [];
  const pending = new Map<RequestRow, Pending>();
  let cursor = span.from;
  let headerTaken = false;
  for (const row of rows) {
    const hit = findLabel(page.lines, [key(row.label)], cursor, span.to);
    if (!hit) {
      missing.push(row);
      cells.set(row, blankRow(requestColumnSpecs));
      continue;
    }
    if (!headerTaken) {
      takeHeader(page, span.from, hit.line, headerKeys);
      headerTaken = true;
    }
    takeGroupLabels(page, cursor, hit.line);
    const read = readRow(page, hit, requestColumnSpecs, { table, path: ['requests', ...row.path], row: row.label }, span.to, stops, rowRule, true);
    cells.set(row, read.cells);
    if (read.splits && read.run !== undefined) pending.set(row, { splits: read.splits, run: read.run });
    cursor = read.next;
  }
  resolveRequestSplits(page, cells, pending);
  if (missing.length === rows.length) page.findings.push(tableMissing({ table, path: ['requests'] }));
  else for (const row of missing) page.findings.push(rowMissing({ table, path: ['requests', ...row.path], row: row.label }));
  return cells;
}

/** On a flattened page the group labels (「三、本年度办理结果」「（三）不予公开」) stand on lines of their own. */
function takeGroupLabels(page: Page, from: number, to: number): void {
  for (let i = from; i < to; i += 1) {
    const line = page.lines[i];
    if (line && !line.row && groupKeys.includes(line.keys[0] ?? '')) page.taken[i] = true;
  }
}
