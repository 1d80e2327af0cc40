/**
 * A model table as a real HTML table: header rows in <thead> as column headers, spans
 * as rowspan/colspan, covered cells left out (the span already fills them). Each table
 * brings its own CSS rules (column widths, a minimum width) so that no style attribute
 * is needed and the page's CSP can stay strict.
 */
import { isCovered, type TableBlock, type TableCell, type TableRow } from '../../model/document.ts';
import { textHtml } from './text.ts';

/** No column is laid out narrower than this many characters; wider tables scroll in their box. */
const MIN_COLUMN_EM = 4;

function spans(cell: TableCell): string {
  const col = cell.colSpan !== undefined && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '';
  const row = cell.rowSpan !== undefined && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '';
  return col + row;
}

function classes(cell: TableCell): string {
  const names = [
    cell.numeric ? 'num' : '',
    cell.align !== undefined ? `align-${cell.align}` : '',
    cell.vertical ? 'vertical' : '',
    cell.shaded ? 'band' : '',
  ].filter((name) => name !== '');
  return names.length > 0 ? ` class="${names.join(' ')}"` : '';
}

function headerRow(row: TableRow): string {
  const cells = row.filter((cell) => !isCovered(cell)) as TableCell[];
  const html = cells.map((cell) => {
    const scope = (cell.colSpan ?? 1) > 1 ? 'colgroup' : 'col';
    return `<th scope="${scope}"${spans(cell)}${classes(cell)}>${textHtml(cell.content)}</th>`;
  });
  return `<tr>${html.join('')}</tr>`;
}

/**
 * Label cells before a row's first number name the row; numbers and later text are data.
 * A band cell (「第二十条第（一）项」) heads the rows below it.
 */
function bodyRow(row: TableRow): string {
  let inLabels = true;
  const html = row.map((cell) => {
    if (isCovered(cell)) return '';
    inLabels &&= !cell.numeric;
    const [tag, scope] = cell.shaded ? ['th', ' scope="rowgroup"'] : inLabels ? ['th', ' scope="row"'] : ['td', ''];
    return `<${tag}${scope}${spans(cell)}${classes(cell)}>${textHtml(cell.content)}</${tag}>`;
  });
  return `<tr>${html.join('')}</tr>`;
}

export function tableHtml(table: TableBlock, className: string): string {
  const caption = table.caption === undefined ? '' : `<caption>${textHtml(table.caption)}</caption>`;
  const cols = table.columnWidths.map(() => '<col>').join('');
  const head = table.header.length > 0 ? `<thead>${table.header.map(headerRow).join('')}</thead>` : '';
  const body = `<tbody>${table.body.map(bodyRow).join('')}</tbody>`;
  return `<div class="table-box"><table class="${className}">${caption}<colgroup>${cols}</colgroup>${head}${body}</table></div>`;
}

/** Column widths as shares of the table, and a minimum width that keeps every column legible. */
export function tableCss(table: TableBlock, className: string): string {
  const total = table.columnWidths.reduce((sum, width) => sum + width, 0);
  const minWidth = `.${className}{min-width:${table.columnWidths.length * MIN_COLUMN_EM}em}`;
  const widths = table.columnWidths.map((width, i) => {
    const percent = total > 0 ? Math.round((width / total) * 10000) / 100 : 0;
    return `.${className}>colgroup>col:nth-child(${i + 1}){width:${percent}%}`;
  });
  return minWidth + widths.join('');
}
