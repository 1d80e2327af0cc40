/**
 * Run as its own process by the bench (bundled first, see bench/bundle.ts, so that RSS is
 * the renderer's, not a TypeScript loader's): renders examples/<name>.json to PDF through
 * the whole pipeline RUNS times, then prints one JSON line with each render's wall and CPU
 * time and the process's RSS.
 */
import '../src/zod-jitless.ts';
import { readFileSync } from 'node:fs';
import { renderReport } from '../src/service/render-report.ts';

const [file, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: warm-process EXAMPLE.json RUNS');
const runs = Number(runsArg ?? 100);
const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
const options = { formats: ['pdf'] as const, lang: 'zh' as const, layout: 'official' as const, qrUrl: 'https://nianbao.example.gov.cn/r/bench', allowCheckFailures: true };

const started = performance.now();
await renderReport(input, options);
const firstMs = performance.now() - started;
const wallMs: number[] = [];
const cpuMs: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await renderReport(input, options);
  const used = process.cpuUsage(cpu);
  wallMs.push(performance.now() - start);
  cpuMs.push((used.user + used.system) / 1000);
}
const memory = process.memoryUsage();
console.log(JSON.stringify({
  firstMs,
  wallMs,
  cpuMs,
  rssMb: memory.rss / 2 ** 20,
  heapUsedMb: memory.heapUsed / 2 ** 20,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
