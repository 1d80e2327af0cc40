/**
 * What the importer says about a page: where it could not read a figure, what it left
 * out and why. Every message is in Chinese and English and carries a JSON path into the
 * report it produced, so a reviewer can go straight to the blank it left.
 */
import type { Finding, Severity } from '../../../src/findings.ts';
import { jsonPath } from '../../../src/json-path.ts';
import type { Label } from '../labels.ts';

export type Place = { readonly path: readonly PropertyKey[]; readonly table: Label; readonly row?: Label; readonly column?: Label };

const finding = (rule: string, severity: Severity, place: Place, zh: string, en: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  path: jsonPath(place.path),
  table: place.table.zh,
  ...(place.row ? { row: place.row.zh } : {}),
  ...(place.column ? { column: place.column.zh } : {}),
  ...extra,
  message: { zh, en },
});

/** How a text is quoted in a message: short enough to read, long enough to find. */
export const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export const tableMissing = (place: Place): Finding =>
  finding('import.table-missing', 'error', place,
    `未找到表格「${place.table.zh}」，其中的数字均留空。`,
    `Table "${place.table.en}" was not found; all its cells are left blank.`);

export const rowMissing = (place: Place & { row: Label }): Finding =>
  finding('import.row-missing', 'error', place,
    `表格「${place.table.zh}」中未找到「${place.row.zh}」行，该行留空。`,
    `Row "${place.row.en}" of table "${place.table.en}" was not found; the row is left blank.`);

export const rowIncomplete = (place: Place & { row: Label }, expected: number, found: number): Finding =>
  finding('import.row-incomplete', 'error', place,
    `表格「${place.table.zh}」的「${place.row.zh}」行应有 ${expected} 个数字，实际找到 ${found} 个，无法确定各数字所属的列，该行留空。`,
    `Row "${place.row.en}" of table "${place.table.en}" should have ${expected} values but has ${found}; which value belongs to which column cannot be told, so the row is left blank.`,
    { expected, found });

/** Why a cell's text is not a number its column takes, when that can be said more exactly. */
export type CellReason = { readonly zh: string; readonly en: string };

export const cellUnreadable = (place: Place & { row: Label; column: Label }, text: string, reason?: CellReason): Finding =>
  finding('import.cell-unreadable', 'error', place,
    `表格「${place.table.zh}」「${place.row.zh}」行「${place.column.zh}」列的「${excerpt(text)}」${reason ? `${reason.zh}，` : '不是该列可用的数字，'}留空。`,
    `In table "${place.table.en}", row "${place.row.en}", column "${place.column.en}": "${excerpt(text)}" ${reason ? `${reason.en};` : 'is not a valid number for this column;'} left blank.`,
    { found: excerpt(text) });

export const columnsMismatch = (place: Place, version: string, columns: readonly string[]): Finding =>
  finding('import.columns-mismatch', 'error', place,
    `表格「${place.table.zh}」的表头不是 ${version} 版格式的列（${columns.join('、')}），数字未导入，留空。`,
    `The header of table "${place.table.en}" does not print the ${version} format's columns (${columns.join(', ')}); its numbers were not imported and are left blank.`);

/** Findings about a part of the page rather than a table cell: `where` names the part. */
const pageFinding = (rule: string, path: readonly PropertyKey[], zh: string, en: string, found?: string): Finding => ({
  rule,
  severity: 'warning',
  path: jsonPath(path),
  ...(found === undefined ? {} : { found }),
  message: { zh, en },
});

export const unrecognizedTable = (path: readonly PropertyKey[], where: Label, text: string): Finding =>
  pageFinding('import.unrecognized-table', path,
    `「${where.zh}」中有看似表格、但不符合标准格式的内容，未导入：「${excerpt(text)}」`,
    `Table-like content under "${where.en}" does not match the standard format and was not imported: "${excerpt(text)}"`,
    excerpt(text));

export const textDropped = (path: readonly PropertyKey[], where: Label, text: string): Finding =>
  pageFinding('import.text-dropped', path,
    `「${where.zh}」处的页面文字不属于报告正文，未导入：「${excerpt(text)}」`,
    `Page text at "${where.en}" is not part of the report body and was not imported: "${excerpt(text)}"`,
    excerpt(text));

export const sectionMissing = (path: readonly PropertyKey[], section: Label): Finding =>
  pageFinding('import.section-missing', path,
    `未找到标题「${section.zh}」，该部分正文为空。`,
    `Heading "${section.en}" was not found; that part is left empty.`);

export const otherFinding = pageFinding;

/** How candidate splits are quoted: a handful, each as its numbers. */
const quoted = (splits: readonly (readonly number[])[]): string =>
  splits.slice(0, 5).map((s) => s.join(' · ')).join('；') + (splits.length > 5 ? `；…（共 ${splits.length} 种）` : '');

export const digitsAmbiguous = (place: Place & { row: Label }, run: string, splits: readonly (readonly number[])[]): Finding =>
  finding('import.digits-ambiguous', 'error', place,
    `表格「${place.table.zh}」「${place.row.zh}」行的数字连写为「${excerpt(run)}」，按表格的勾稽关系仍有 ${splits.length} 种拆分：${quoted(splits)}。无法确定，该行留空。`,
    `Row "${place.row.en}" of table "${place.table.en}" prints its numbers run together as "${excerpt(run)}"; the table's rules still allow ${splits.length} splits: ${quoted(splits)}. The row is left blank rather than guessed.`,
    { found: excerpt(run) });

export const digitsUnsplittable = (place: Place & { row: Label }, run: string, tooLong: boolean): Finding =>
  finding('import.digits-unsplittable', 'error', place,
    tooLong
      ? `表格「${place.table.zh}」「${place.row.zh}」行的连写数字「${excerpt(run)}」过长，无法逐一检验拆分方式，该行留空。`
      : `表格「${place.table.zh}」「${place.row.zh}」行的连写数字「${excerpt(run)}」没有符合该行勾稽关系的拆分方式，该行留空。`,
    tooLong
      ? `Row "${place.row.en}" of table "${place.table.en}" prints a digit run "${excerpt(run)}" too long to try every split; the row is left blank.`
      : `Row "${place.row.en}" of table "${place.table.en}" prints a digit run "${excerpt(run)}" that no split satisfying the row's rule fits; the row is left blank.`,
    { found: excerpt(run) });

/** Whether some table cell the page has could not be read: the importer's own errors (the cross-checks' are the report's). */
export const tablesIncomplete = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error' && f.rule.startsWith('import.'));
