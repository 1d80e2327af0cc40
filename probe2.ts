import { importReport } from './templates/annual-report/import/import-report.ts';
import * as s from './tests/import/page-shapes.ts';
import { tableCells, huaian, hailin, corpusText } from './tests/import/fixtures.ts';
const ex = tableCells(huaian.example());
const page = s.huaianPage();
const shapes: Record<string, string> = {
  yearFirst: s.replaceTitle(page, '2024年淮安市人民政府政府信息公开工作年度报告'),
  twoLines: s.replaceTitle(page, '2024 年淮安市人民政府政府信息公开工作', '年度报告'),
  scraper: ['本地目录:zwgk/2025/12345_淮安市人民政府2024年政府信息公开工作年度报告', '标题:淮安市人民政府2024年政府信息公开工作年度报告', '发布时间：2025-01-20', '==== 正文 ====', page, '页面链接与图片详见 links.tsv(同目录)'].join('\n'),
  variants: s.spell(s.spell(s.spell(s.spell(s.asMarkdown(page), '三、本年度办理结果 / （一）予以公开', '予以公开'), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开 (区分处理的, 只计这一情形, 不计其他情形)'), '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请'), '| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '| 项目 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 |'),
  bareNumbering: s.spell(s.asMarkdown(page), '| 一、本年新收政府信息公开申请数量 |', '### 一、\n| 本年新收政府信息公开申请数量 |'),
  footers: s.insertBefore(s.insertBefore(page, '| 三、本年度办理结果 / （四）无法提供 / 1.', '— 3 —'), '| 三、本年度办理结果 / （六）', '第 3 页 共 8 页'),
  pdfBroken: s.spell(s.insertBefore(s.rowsAsLines(page), '（四）无法提供', '— 3 —', '第 3 页 共 8 页'), '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 447', '（二）部分公开（区分处理的，只计这一情形，\n不计其他情形） 447'),
  lostCell: s.spell(s.rowsAsLines(page), '2.重复申请 25 0 0 0 0 0 25', '2.重复申请 25 0 0 0 0 25'),
  review15: s.spell(s.rowsAsLines(page), '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20', '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20'),
  flatSections: s.flattenTables(page, ' ').replace(/\n\n(?=第二十条)/g, '\n'),
};
for (const [name, text] of Object.entries(shapes)) {
  const r = importReport(text);
  const got = tableCells(r.report);
  const diff = [...ex].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}=${got.get(k)}(want ${v})`);
  console.log(name, 'diff', diff.length, diff.slice(0, 6).join(' '), r.report.agency.name, r.report.year, r.report.publishedOn, JSON.stringify(r.report.title));
  console.log('  ', r.findings.filter((f) => f.rule.startsWith('import.')).map((f) => `${f.rule} ${f.path} ${f.found ?? ''}`).slice(0, 8).join('\n   '));
}
const hp = corpusText(hailin.page);
const hx = tableCells(hailin.example());
// hailin flattened: one value per line → one row per line without separators
