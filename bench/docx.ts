/**
 * Warm Word render of the 淮安 2024 example: the document model built once, then rendered
 * to .docx again and again in one process. Prints the median and the spread, with the
 * machine's load (other work inflates the median; the minimum shows the render's own cost),
 * and writes bench/results/docx.json. The target is a median of 100 ms or less.
 * Run: npx tsx bench/docx.ts [runs]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { docxRenderer } from '../src/render/docx/index.ts';
import { annualReportTemplate } from '../templates/annual-report/index.ts';

const TARGET_MS = 100;
const runs = Math.max(20, Number(process.argv[2] ?? 30) || 30);

const input: unknown = JSON.parse(readFileSync(new URL('../examples/huaian-2024.json', import.meta.url), 'utf8'));
const model = annualReportTemplate.build(annualReportTemplate.schema.parse(input), {
  lang: 'zh',
  layout: 'official',
  qrUrl: 'https://nianbao.example.gov.cn/r/bench',
});

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main() {
  const cold = performance.now();
  const bytes = await docxRenderer.render(model);
  const coldMs = performance.now() - cold;
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await docxRenderer.render(model);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const line = (label: string, ms: number) => `${label.padEnd(8)} ${ms.toFixed(1).padStart(7)} ms`;
  console.log(`docx render, huaian-2024 (zh, official): ${bytes.length} bytes, ${runs} warm runs`);
  console.log(line('first', coldMs));
  console.log(line('min', quantile(times, 0)));
  console.log(line('median', median));
  console.log(line('p90', quantile(times, 0.9)));
  console.log(`${median <= TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target (load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`);
  const results = new URL('results/', import.meta.url);
  mkdirSync(results, { recursive: true });
  const figures = {
    example: 'huaian-2024',
    runs,
    bytes: bytes.length,
    firstMs: coldMs,
    minMs: quantile(times, 0),
    medianMs: median,
    p90Ms: quantile(times, 0.9),
    targetMs: TARGET_MS,
    load: loadavg()[0],
    cores: cpus().length,
  };
  writeFileSync(new URL('docx.json', results), `${JSON.stringify(figures, null, 2)}\n`);
  process.exitCode = median <= TARGET_MS ? 0 : 1;
}

await main();
