/**
 * A model table as a real HTML table: header rows in <thead> as column headers, spans
 * as rowspan/colspan, covered cells left out (the span already fills them). Each table
 * brings its own CSS rules (column widths, a minimum width) so that no style attribute
 * is needed and the page's CSP can stay strict. Every figure carries its column headers
 * in `data-label`, and group labels are marked, for the card form of table-cards.ts.
 */
import { isCovered, type TableBlock, type TableCell, type TableRow } from '../../model/document.ts';
import { escapeHtml } from './escape.ts';
import { dataColumns, tableLabels, type TableLabels } from './table-labels.ts';
import { textHtml } from './text.ts';

/** Table text size; the stylesheet sets it, the width estimate below counts with it. */
export const TABLE_FONT_REM = 0.875;
/** A generous average advance of a Latin letter or digit, in em, and a cell's side padding, in rem. */
const LATIN_EM = 0.62;
export const CELL_PADDING_REM = 0.75;
/** No figure column is set narrower than this, nor a label column (its CJK text wraps) narrower than two characters. */
const MIN_FIGURE_COLUMN_REM = 3.5;
const MIN_LABEL_COLUMN_REM = 2 * TABLE_FONT_REM + CELL_PADDING_REM;

/** The longest run a line cannot break inside (a word, a number); CJK text breaks anywhere. */
const longestWord = (text: string) =>
  Math.max(0, ...text.split(/[\s\u2E80-\u9FFF\uFF00-\uFFEF]+/).map((word) => word.length));

/** The narrowest a column can be with none of its single-column cells' words cut. */
function columnMinRem(table: TableBlock, column: number, floor: number): number {
  const words = [...table.header, ...table.body].map((row) => {
    const cell = row[column];
    if (cell === undefined || isCovered(cell) || (cell.colSpan ?? 1) > 1) return 0;
    return Math.max(longestWord(cell.content.text), longestWord(cell.content.secondary ?? ''));
  });
  return Math.max(floor, Math.max(...words) * LATIN_EM * TABLE_FONT_REM + CELL_PADDING_REM);
}

/**
 * The width below which the table would cut its columns: from there it is shown as cards.
 * Columns keep their shares of the width, so the table is as wide as its most crowded
 * column needs for its share, and never less than the columns' sum.
 */
export function minTableWidthRem(table: TableBlock): number {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const figures = dataColumns(table);
  const mins = table.columnWidths.map((_width, column) =>
    columnMinRem(table, column, figures.has(column) ? MIN_FIGURE_COLUMN_REM : MIN_LABEL_COLUMN_REM));
  const bySum = mins.reduce((sum, min) => sum + min, 0);
  const byShare = Math.max(...mins.map((min, i) => (total > 0 ? (min * total) / (table.columnWidths[i] ?? 1) : 0)));
  return Math.ceil(Math.max(bySum, byShare) * 4) / 4;
}

function spans(cell: TableCell): string {
  const col = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const row = cell.rowSpan !== undefined && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return col + row;
}

function classes(cell: TableCell, extra = ''): string {
  const names = [
    cell.numeric ? 'num' : '',
    cell.align !== undefined ? `align-${cell.align}` : '',
    cell.vertical ? 'vertical' : '',
    cell.shaded ? 'band' : '',
    extra,
  ].filter((name) => name !== '');
  return names.length > 0 ? ` class="${names.join(' ')}"` : '';
}

function headerRow(row: TableRow, r: number, labels: TableLabels): string {
  const html = row.map((cell, column) => {
    if (isCovered(cell)) return '';
    const scope = (cell.colSpan ?? 1) > 1 ? 'colgroup' : 'col';
    return `<th scope="${scope}"${spans(cell)}${classes(cell, labels.isTableHeading(r, column) ? 'table-heading' : '')}>${textHtml(cell.content)}</th>`;
  });
  return `<tr>${html.join('')}</tr>`;
}

/**
 * Label cells before a row's first number name the row; numbers and later text are data.
 * A band cell (「第二十条第（一）项」) heads the rows below it; a label over several rows, or
 * on a row with no figures, is a group label.
 */
function bodyRow(row: TableRow, labels: TableLabels): string {
  const hasData = row.some((cell) => !isCovered(cell) && cell.numeric);
  let inLabels = true;
  const html = row.map((cell, column) => {
    if (isCovered(cell)) return '';
    inLabels &&= !cell.numeric;
    if (cell.shaded) return `<th scope="rowgroup"${spans(cell)}${classes(cell)}>${textHtml(cell.content)}</th>`;
    if (inLabels) {
      const group = (cell.rowSpan ?? 1) > 1 || !hasData ? 'group' : '';
      return `<th scope="row"${spans(cell)}${classes(cell, group)}>${textHtml(cell.content)}</th>`;
    }
    const label = labels.columnLabels[column] ?? '';
    const dataLabel = label === '' ? '' : ` data-label="${escapeHtml(label)}"`;
    return `<td${spans(cell)}${classes(cell)}${dataLabel}>${textHtml(cell.content)}</td>`;
  });
  return `<tr>${html.join('')}</tr>`;
}

export function tableHtml(table: TableBlock, className: string): string {
  const labels = tableLabels(table);
  const caption = table.caption === undefined ? '' : `<caption>${textHtml(table.caption)}</caption>`;
  const cols = table.columnWidths.map(() => '<col>').join('');
  const head = table.header.length > 0 ? `<thead>${table.header.map((row, r) => headerRow(row, r, labels)).join('')}</thead>` : '';
  const body = `<tbody>${table.body.map((row) => bodyRow(row, labels)).join('')}</tbody>`;
  return `<div class="table-box"><table class="${className}">${caption}<colgroup>${cols}</colgroup>${head}${body}</table></div>`;
}

/** Column widths as shares of the table, and a minimum width that keeps every column legible. */
export function tableCss(table: TableBlock, className: string): string {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const minWidth = `.${className}{min-width:${minTableWidthRem(table)}rem}`;
  const widths = table.columnWidths.map((width, i) => {
    const percent = total > 0 ? Math.round((width / total) * 10000) / 100 : 0;
    return `.${className}>colgroup>col:nth-child(${i + 1}){width:${percent}%}`;
  });
  return minWidth + widths.join('');
}
