import { importReport } from './templates/annual-report/import/import-report.ts';
import * as s from './tests/import/page-shapes.ts';
import { tableCells, huaian } from './tests/import/fixtures.ts';
const ex = tableCells(huaian.example());
const page = s.huaianPage();
const shapes: Record<string, string> = {
  flatSpace: s.flattenTables(page, ' '),
  flatNone: s.flattenTables(page, ''),
  rowsAsLines: s.rowsAsLines(page),
  markdown: s.asMarkdown(page),
  three: s.reviewAsThreeTables(page),
};
for (const [name, text] of Object.entries(shapes)) {
  const r = importReport(text);
  const got = tableCells(r.report);
  const diff = [...ex].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}=${got.get(k)}(want ${v})`);
  console.log(name, 'diff', diff.length, diff.slice(0, 6).join(' '));
  console.log('  ', r.findings.filter((f) => f.rule.startsWith('import.')).map((f) => `${f.rule} ${f.path} ${f.found ?? ''}`).slice(0, 8).join('\n   '));
}
console.log(s.flattenTables(page, '').split('\n').filter(l => l.includes('本年新收')).join('\n').slice(0, 600));
