/**
 * A section 二 table in the official single-table form (the 2021 template): band rows
 * 「第二十条第（X）项」 spanning every column, shaded, each followed by its column heads and
 * rows. Built by hand so the Word renderer is tested on the shape whatever the builder does.
 */
import type { CoveredCell, DocumentModel, TableBlock, TableCell, TableRow } from '../../../src/model/document.ts';
import { exampleModel } from './fixtures.ts';

const covered: CoveredCell = { covered: true };
const cell = (text: string, numeric = false): TableCell => ({ content: { text }, align: 'center', ...(numeric ? { numeric } : {}) });
const band = (text: string): TableRow => [{ content: { text }, colSpan: 4, shaded: true, align: 'left' }, covered, covered, covered];

export const bandLabels = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（八）项'] as const;

export const bandTable: TableBlock = {
  type: 'table',
  columnWidths: [3, 2, 2, 2],
  header: [],
  body: [
    band(bandLabels[0]),
    [cell('信息内容'), cell('本年制发件数'), cell('本年废止件数'), cell('现行有效件数')],
    [cell('规章'), cell('1', true), cell('0', true), cell('28', true)],
    [cell('行政规范性文件'), cell('11', true), cell('3', true), cell('102', true)],
    band(bandLabels[1]),
    [cell('信息内容'), { ...cell('本年处理决定数量'), colSpan: 3 }, covered, covered],
    [cell('行政许可'), { ...cell('167923', true), colSpan: 3 }, covered, covered],
    band(bandLabels[2]),
    [cell('信息内容'), { ...cell('本年收费金额（单位：万元）'), colSpan: 3 }, covered, covered],
    [cell('行政事业性收费'), { ...cell('96171.6', true), colSpan: 3 }, covered, covered],
  ],
};

/** The 淮安 example with the band table in place of its first table. */
export function bandModel(): DocumentModel {
  const model = exampleModel('huaian-2024');
  const first = model.blocks.findIndex((block) => block.type === 'table');
  return { ...model, blocks: [...model.blocks.slice(0, first), bandTable, ...model.blocks.slice(first + 1)] };
}
