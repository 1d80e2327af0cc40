/**
 * Renders examples/huaian-2024.json through the real pipeline and writes its first page
 * as docs/first-page.png, the picture the README shows. Run: npx tsx scripts/readme-picture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as mupdf from 'mupdf';
import { renderReport } from '../src/service/render-report.ts';

const root = new URL('..', import.meta.url);
const dpi = 110;

const input: unknown = JSON.parse(readFileSync(new URL('examples/huaian-2024.json', root), 'utf8'));
const rendered = await renderReport(input, {
  formats: ['pdf'],
  lang: 'zh',
  layout: 'official',
  qrUrl: 'https://nianbao.example.gov.cn/r/huaian-2024',
});
const pdf = rendered.files[0]?.bytes;
if (!pdf) throw new Error('the pipeline returned no PDF');

const page = mupdf.Document.openDocument(pdf, 'application/pdf').loadPage(0);
const pixmap = page.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false);
const target = fileURLToPath(new URL('docs/first-page.png', root));
writeFileSync(target, pixmap.asPNG());
console.log(`wrote ${target} (${pixmap.getWidth()}×${pixmap.getHeight()} px, ${dpi} dpi)`);
