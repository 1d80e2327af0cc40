/**
 * A reference page beside nianbao's: each PDF page drawn by pdftoppm at the same resolution,
 * set side by side (side-by-side-image.ts), written as one PNG. By default the published 淮安
 * 2024 report's page beside nianbao's render of examples/huaian-2024.json.
 *
 *   npx tsx scripts/side-by-side.ts --reference REF.pdf [--reference-page N]
 *     [--ours OURS.pdf | --example huaian-2024] [--page N] [--dpi 60] --out docs/side-by-side-page1.png
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PNG } from 'pngjs';
import { renderReport } from '../src/service/render-report.ts';
import { sideBySide } from './side-by-side-image.ts';

const { values } = parseArgs({
  options: {
    reference: { type: 'string' },
    'reference-page': { type: 'string', default: '1' },
    ours: { type: 'string' },
    example: { type: 'string', default: 'huaian-2024' },
    page: { type: 'string', default: '1' },
    dpi: { type: 'string', default: '60' },
    out: { type: 'string' },
  },
});
if (values.reference === undefined || values.out === undefined) throw new Error('give --reference REF.pdf and --out FILE.png');
const pageNumber = (value: string) => {
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1) throw new Error(`not a page number: ${value}`);
  return value;
};

const work = mkdtempSync(join(tmpdir(), 'nianbao-side-'));
/** One page of a PDF as a PNG, through pdftoppm. */
function pagePng(pdf: string, page: string, name: string): PNG {
  const prefix = join(work, name);
  execFileSync('pdftoppm', ['-png', '-singlefile', '-r', values.dpi, '-f', pageNumber(page), '-l', page, pdf, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** nianbao's PDF: the one given, or a fresh render of an example through the real pipeline. */
async function oursPdf(): Promise<string> {
  if (values.ours !== undefined) return values.ours;
  if (!/^[a-z0-9-]+$/.test(values.example)) throw new Error(`not an example name: ${values.example}`);
  const input: unknown = JSON.parse(readFileSync(new URL(`../examples/${values.example}.json`, import.meta.url), 'utf8'));
  const rendered = await renderReport(input, { formats: ['pdf'], lang: 'zh', layout: 'official', qrUrl: `https://nianbao.example.gov.cn/r/${values.example}` });
  const path = join(work, 'ours.pdf');
  writeFileSync(path, rendered.files[0]!.bytes);
  return path;
}

try {
  const left = pagePng(values.reference, values['reference-page'], 'reference');
  const right = pagePng(await oursPdf(), values.page, 'ours');
  writeFileSync(values.out, PNG.sync.write(sideBySide(left, right)));
  console.log(`wrote ${values.out}: reference page ${values['reference-page']} | nianbao page ${values.page} at ${values.dpi} dpi`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
