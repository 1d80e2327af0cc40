import { readFileSync } from 'node:fs';
import { importReport } from './templates/annual-report/import/import-report.ts';
for (const f of ['../shared/corpus/000_b6ebaffc46ffe707.txt', '../shared/corpus/huaian-2024.txt']) {
  const r = importReport(readFileSync(f));
  console.log(JSON.stringify(r.detected), r.report.agency, r.report.year, r.report.publishedOn, r.report.title);
  for (const x of r.findings) console.log(x.rule, x.severity, x.path, x.message.zh);
  console.log(JSON.stringify(r.report.overview).slice(0, 300));
}
