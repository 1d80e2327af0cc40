/** Document models for the PDF tests, built by hand so the renderer is tested on its own. */
import type { Block, DocumentModel, TableRow } from '../../../src/model/document.ts';
import type { Layout } from '../../../src/model/page-setup.ts';

const ideographs = '政府信息公开工作年度报告本机关依法主动公开各类事项办理申请复议诉讼情况统计数据说明';

/** Pure ideographs, no punctuation: every full line must hold exactly 28. */
export const pureChinese = (length: number) =>
  Array.from({ length }, (_, i) => ideographs[(i * 7) % ideographs.length]).join('');

/** Prose with every kind of clreq punctuation, numbers with units and Latin words. */
export const punctuatedChinese = Array.from(
  { length: 12 },
  (_, i) =>
    `2024年，我${i}市主动公开政府信息5500余条（其中规章1件），办理依申请公开${i + 12}件；「政务公开」“标准化”《条例》要求：公开、透明！是否及时？PDF与Word均可下载，网址https://www.huaian.gov.cn。`,
).join('');

export const qrUrl = 'https://nianbao.example.gov.cn/r/2024-huaian-0001';

const cell = (text: string, extra: object = {}) => ({ content: { text }, ...extra });
const numberRow = (label: string, count: number, from: number): TableRow => [
  cell(label),
  ...Array.from({ length: count }, (_, i) => cell(String(from + i * 37), { numeric: true })),
];

/** A table with column and row spans, a vertical group label and two repeated header rows. */
export const spannedTable: Block = {
  type: 'table',
  caption: { text: '第二十条第（一）项' },
  columnWidths: [1, 3, 2, 2, 2],
  header: [
    [cell('分组', { rowSpan: 2 }), cell('信息内容', { rowSpan: 2 }), cell('数量', { colSpan: 3, align: 'center' }), { covered: true }, { covered: true }],
    [{ covered: true }, { covered: true }, cell('本年制发'), cell('本年废止'), cell('现行有效')],
  ],
  body: Array.from({ length: 40 }, (_, i): TableRow => [
    i % 10 === 0 ? cell('自然人', { rowSpan: 10, vertical: true }) : { covered: true },
    cell(`规章与规范性文件第${i + 1}类`),
    cell(String(100 + i), { numeric: true }),
    cell(String(2 * i), { numeric: true }),
    cell(String(9000 + i), { numeric: true }),
  ]),
};

/** Sixteen columns, like section 四 (行政复议 and 行政诉讼). */
export const wideTable: Block = {
  type: 'table',
  wide: true,
  columnWidths: Array.from({ length: 16 }, () => 1),
  header: [[cell('项目'), ...Array.from({ length: 15 }, (_, i) => cell(['结果纠正', '结果维持', '其他结果', '尚未审结', '总计'][i % 5] ?? ''))]],
  body: [numberRow('行政复议', 15, 1), numberRow('行政诉讼', 15, 1234)],
};

export function model(blocks: readonly Block[], options: { layout?: Layout; qr?: boolean } = {}): DocumentModel {
  return {
    layout: options.layout ?? 'official',
    metadata: {
      title: '淮安市人民政府2024年政府信息公开工作年度报告',
      author: '淮安市人民政府',
      subject: '政府信息公开工作年度报告',
      keywords: ['政府信息公开', '年度报告', '2024'],
      language: 'zh-CN',
      date: '2025-01-24',
    },
    ...(options.qr === false ? {} : { qr: { url: qrUrl, caption: { text: '扫码阅读本报告' } } }),
    pageNumbers: true,
    blocks,
  };
}

export const headings: Block[] = [
  { type: 'title', lines: [{ text: '淮安市人民政府' }, { text: '2024年政府信息公开工作年度报告' }] },
  { type: 'heading', level: 1, content: { text: '一、总体情况' } },
  { type: 'heading', level: 2, content: { text: '（一）主动公开' } },
  { type: 'heading', level: 3, content: { text: '1.政策解读' } },
];
