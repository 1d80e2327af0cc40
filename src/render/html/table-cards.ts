/**
 * The narrow-screen form of the wide tables, in CSS alone: when a table's box is narrower
 * than the table can be set legibly, each body row becomes a card — its label on top, then
 * one line per figure, the figure's column headers beside it (from `data-label`). Group
 * labels that span rows become headings between the cards, and so do the header cells no
 * figure's label repeats (the corner note, a heading over every figure). Browsers without container
 * queries keep the table, scrolling in its box; paper always gets the table.
 */

/** The rules for the tables named by `selector`, applied below `maxWidthRem`. */
function cardRules(selector: string): string {
  const s = selector;
  return [
    `${s}{min-width:0}`,
    `${s},${s}>tbody,${s}>tbody>tr,${s}>thead,${s}>thead>tr{display:block}`,
    `${s}>colgroup,${s}>thead>tr>th:not(.table-heading){display:none}`,
    `${s}>thead>tr>th.table-heading{display:block;border:0;background:none;text-align:left;padding:0 0 .5rem}`,
    `${s}>tbody>tr{margin:0 0 .75rem}`,
    `${s}>tbody>tr>*{display:block;border-width:0 1px 1px;text-align:left}`,
    `${s}>tbody>tr>th{border-top-width:1px;background:#f2f2f2;font-weight:600}`,
    `${s}>tbody>tr>th.group{border:0;background:none;padding:.5rem 0 .25rem}`,
    `${s}>tbody>tr>td{display:flex;justify-content:space-between;align-items:baseline;gap:1rem}`,
    `${s}>tbody>tr>td::before{content:attr(data-label);color:#555;text-align:left;font-variant-numeric:normal;white-space:normal}`,
    `${s} .vertical{writing-mode:horizontal-tb}`,
  ].join('');
}

export type CardTable = { readonly className: string; readonly minWidthRem: number };

/** One block of rules per distinct width, shared by the tables of that width. */
export function cardsCss(tables: readonly CardTable[]): string {
  const byWidth = new Map<number, string[]>();
  for (const { className, minWidthRem } of tables) byWidth.set(minWidthRem, [...(byWidth.get(minWidthRem) ?? []), `.${className}`]);
  return [...byWidth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([width, names]) => {
      const selector = names.length === 1 ? names[0]! : `:is(${names.join(',')})`;
      return `@media screen{@container (max-width:${width}rem){${cardRules(selector)}}}`;
    })
    .join('');
}
