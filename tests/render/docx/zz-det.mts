import { readFileSync } from 'node:fs';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { docxRenderer } from '../../../src/render/docx/index.ts';
import { unzip } from './read-docx.ts';
const report = annualReportTemplate.schema.parse(JSON.parse(readFileSync('examples/huaian-2024.json', 'utf8')));
const model = annualReportTemplate.build(report, { lang: 'zh-en', layout: 'official', qrUrl: 'https://example.gov.cn/r/abc' });
const a = await docxRenderer.render(model);
await new Promise(r => setTimeout(r, 2100));
const b = await docxRenderer.render(model);
console.log(Buffer.compare(Buffer.from(a), Buffer.from(b)));
const ea = unzip(a), eb = unzip(b);
for (const [k, v] of ea) if (!v.equals(eb.get(k)!)) console.log('differs', k);
const times = []; for (let i = 0; i < 25; i++) { const t = performance.now(); await docxRenderer.render(model); times.push(performance.now() - t); }
times.sort((x, y) => x - y); console.log('median', times[12]);
