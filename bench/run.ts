/**
 * `npm run bench`: how fast and how large the PDF of each example is. Not a test.
 *
 * - warm: the whole pipeline (parse, checks, build, preflight, render) again and again in
 *   one process, after one render to load fonts and code: median and p95 of ≥ 20 runs;
 * - cold: a new process (`node bin/nianbao.js render …`) until the PDF is written, with
 *   its peak RSS (GNU time), median of three, and whether it ran the built bundle or tsx;
 * - the file: bytes and pages (the /Count of its page tree; no PDF reader is loaded, so
 *   the process's peak RSS is the renderer's own).
 *
 * Prints a table and writes bench/results/pdf.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBundleFresh } from '../bin/bundle-freshness.js';
import { renderReport } from '../src/service/render-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const warmRuns = Math.max(20, Number(process.argv[2] ?? 25) || 25);
const coldRuns = 3;
const targets = { warmMedianMs: 150, coldMs: 1500, peakRssMb: 350, pdfKb: 400 } as const;
/** Examples that fail their cross-checks on purpose are rendered anyway, as the CLI allows. */
const examples = [
  { name: 'huaian-2024', allowCheckFailures: false },
  { name: 'hailin-2020', allowCheckFailures: true },
] as const;

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function warm(input: unknown, allowCheckFailures: boolean) {
  const options = { formats: ['pdf'] as const, lang: 'zh' as const, layout: 'official' as const, qrUrl: 'https://nianbao.example.gov.cn/r/bench', allowCheckFailures };
  const first = await renderReport(input, options);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < warmRuns; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await renderReport(input, options);
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const bytes = first.files[0]?.bytes ?? new Uint8Array();
  const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(Buffer.from(bytes).toString('latin1'))?.[1] ?? Number.NaN);
  return {
    /** The fastest run: close to the cost on an idle machine when the cores are shared. */
    minMs: round(Math.min(...times)),
    medianMs: round(quantile(times, 0.5)),
    p95Ms: round(quantile(times, 0.95)),
    /** CPU time (user + system): what a render costs when it does not share the cores. */
    cpuMedianMs: round(quantile(cpuTimes, 0.5)),
    runs: warmRuns,
    bytes: bytes.length,
    pages,
  };
}

/** One new process rendering the example to a fresh folder; wall time and peak RSS. */
function coldOnce(file: string, allowCheckFailures: boolean) {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const args = ['-f', '%M %U %S', process.execPath, join(root, 'bin/nianbao.js'), 'render', file, '--out', out, '--format', 'pdf'];
  if (allowCheckFailures) args.push('--allow-check-failures');
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  const written = readdirSync(out).some((name) => name.endsWith('.pdf'));
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0 || !written) throw new Error(`cold render of ${file} failed: ${run.stderr}`);
  const [rssKb, user, system] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, rssMb: (rssKb ?? Number.NaN) / 1024, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000 };
}

/** What bin/nianbao.js started: the built bundle (`npm run build`) or, when it is stale, tsx. */
const startedFrom = () => (isBundleFresh(root) ? 'bundle' : 'tsx');

function cold(file: string, allowCheckFailures: boolean) {
  const before = startedFrom();
  const runs = Array.from({ length: coldRuns }, () => coldOnce(file, allowCheckFailures));
  const after = startedFrom();
  return {
    /** A source saved during the runs makes the bundle stale part-way: 'mixed'. */
    cli: before === after ? before : 'mixed',
    medianMs: round(quantile(runs.map((r) => r.ms), 0.5)),
    runsMs: runs.map((r) => round(r.ms)),
    cpuMedianMs: round(quantile(runs.map((r) => r.cpuMs), 0.5)),
    peakRssMb: round(Math.max(...runs.map((r) => r.rssMb))),
  };
}

async function main() {
  if (!existsSync('/usr/bin/time')) throw new Error('GNU time (/usr/bin/time) is needed to measure a new process’s peak RSS');
  const startLoad = loadavg();
  const results = [];
  for (const example of examples) {
    const file = join(root, 'examples', `${example.name}.json`);
    const input: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const warmResult = await warm(input, example.allowCheckFailures);
    results.push({ example: example.name, warm: warmResult, cold: cold(file, example.allowCheckFailures) });
  }
  const warmProcessPeakRssMb = round(process.resourceUsage().maxRSS / 1024);
  const huaian = results[0];
  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverageAtStart: startLoad.map((l) => round(l, 2)) },
    targets,
    results,
    warmProcessPeakRssMb,
    meetsTargets: huaian
      ? {
          warmMedian: huaian.warm.medianMs <= targets.warmMedianMs,
          cold: huaian.cold.medianMs <= targets.coldMs,
          peakRss: Math.max(warmProcessPeakRssMb, huaian.cold.peakRssMb) <= targets.peakRssMb,
          pdfSize: huaian.warm.bytes <= targets.pdfKb * 1024,
        }
      : {},
  };
  writeFileSync(join(root, 'bench/results/pdf.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(
    results.map((r) => ({
      example: r.example,
      'warm min ms': r.warm.minMs,
      'warm median ms': r.warm.medianMs,
      'warm p95 ms': r.warm.p95Ms,
      'warm CPU ms': r.warm.cpuMedianMs,
      'cold ms': r.cold.medianMs,
      'cold via': r.cold.cli,
      'cold CPU ms': r.cold.cpuMedianMs,
      'cold peak RSS MB': r.cold.peakRssMb,
      'PDF KB': round(r.warm.bytes / 1024),
      pages: r.warm.pages,
    })),
  );
  console.log(`warm process peak RSS ${warmProcessPeakRssMb} MB; load average at start ${startLoad.map((l) => l.toFixed(2)).join(' ')}`);
  console.log('targets met:', report.meetsTargets, '→ bench/results/pdf.json');
}

await main();
