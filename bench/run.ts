/**
 * `npm run bench`: nianbao's speed and memory on the 淮安 2024 report, beside Typst's on the
 * same report when the anchor is installed (bench/typst/README.md). Not a test.
 *
 * The machine is shared, so nianbao and Typst are measured alternately (A B A B …) and the
 * medians compared as ratios. Figures go to bench/results/bench.json.
 *
 * - warm PDF: the whole pipeline (parse, checks, build, preflight, render) in one bundled
 *   process, after one render; Typst's evicted-cache compile, as its anchor measures it;
 * - RSS: that process after 100 renders, against Typst's after 100 compiles; it runs with the
 *   Lambda functions' V8 heap options (src/heap-options.ts);
 * - cold: a new process until the PDF is written, against Typst's process: the `nianbao`
 *   command (bin/nianbao, from the CLI's startup snapshot), and `node bin/nianbao.js` beside it;
 * - Word render of a built model, and POST /v1/reports (pdf + docx, local s3rver);
 * - scaling: 1×, 4×, 16× the prose and tables (bench/scaling.ts);
 * - the Lambda bundles (bench/lambda.ts), unless `--no-lambda`, with the render function's
 *   p50 at each memory size's CPU share where a cgroup can be made (bench/cpu-share.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBundleFresh } from '../bin/bundle-freshness.js';
import { heapNodeOptions } from '../src/heap-options.ts';
import { bundleBenchScript } from './bundle.ts';
import { coldCli } from './cold.ts';
import { lambdaFigures } from './lambda.ts';
import { scaling } from './scaling.ts';
import { median, round } from './stats.ts';
import { typstAnchor, type TypstRun } from './typst.ts';
import { warmDocx, warmPost } from './warm.ts';

// The AWS SDK warns on Node 20 that its 2027 releases need Node 22; here that is noise (as in src/server/local.ts).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples/huaian-2024.json');
const flags = new Set(process.argv.slice(2));
const rounds = 4;
const rendersPerRound = 25;
const coldRounds = 11;

type WarmRun = { firstMs: number; wallMs: number[]; cpuMs: number[]; rssMb: number; peakRssMb: number };

function nianbaoWarm(script: string, renders: number): WarmRun {
  const child = spawnSync(process.execPath, [...heapNodeOptions, script, example, String(renders)], { encoding: 'utf8', cwd: root, maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`warm process failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as WarmRun;
}

const ratio = (a: number, b: number | undefined) => (b === undefined ? undefined : round(a / b, 2));
const within = (value: number, limit: number) => value <= limit;

// A row without a limit is a figure the targets do not bound (shown for context).
const row = (what: string, value: number, limit: number | undefined, typstValue?: number) => ({
  what,
  nianbao: value,
  typst: typstValue ?? '',
  ratio: ratio(value, typstValue) ?? '',
  limit: limit ?? '',
  met: limit === undefined ? '' : within(value, limit),
});

type MemorySizes = Awaited<ReturnType<typeof lambdaFigures>>['render']['memorySizes'];

/** The render function at the stack's own memory size, under that size's CPU share. */
function configuredSizeRows(bySize: MemorySizes, lambdaColdMs: number) {
  if (!bySize.measured) return [];
  const { memoryMb, freshMs, warmP50Ms } = bySize.configured;
  return [
    row(`… at its ${memoryMb} MB CPU share: fresh process → 201, ms`, freshMs, lambdaColdMs),
    row(`… at its ${memoryMb} MB CPU share: warm POST p50, ms`, warmP50Ms, undefined),
  ];
}

function memorySizesLine(bySize: MemorySizes): string {
  if (!bySize.measured) return `Lambda memory sizes: not measured, ${bySize.why}`;
  const sizes = bySize.sizes.map((s) => `${s.memoryMb} MB ${s.warmP50Ms} ms (fresh ${s.freshMs})`).join(', ');
  return `Lambda render p50 by memory size (its CPU share): ${sizes}; no worse from ${bySize.smallestNotWorseMb} MB`;
}

async function main() {
  const startLoad = loadavg();
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build-cli.ts')], { cwd: root, stdio: 'ignore' });
  const warmScript = await bundleBenchScript(root, 'bench/warm-process.ts');
  const typst = typstAnchor(example);
  const input: unknown = JSON.parse(readFileSync(example, 'utf8'));

  // Warm, alternating; the first round renders 100 times for the RSS figure.
  const nianbao: WarmRun[] = [];
  const anchor: TypstRun[] = [];
  for (let round = 0; round < rounds; round++) {
    const renders = round === 0 ? 100 : rendersPerRound;
    nianbao.push(nianbaoWarm(warmScript, renders));
    if (typst) anchor.push(typst.run(renders));
  }
  const wall = nianbao.flatMap((r) => r.wallMs);
  const cpu = nianbao.flatMap((r) => r.cpuMs);
  const warmPdfMs = round(median(wall));
  const typstWarmMs = typst ? round(median(anchor.map((r) => r.medianMs ?? Number.NaN))) : undefined;
  const rssAfter100Mb = round(nianbao[0]!.rssMb);
  const typstRssAfter100Mb = typst ? anchor[0]!.rssMb : undefined;

  // Cold, alternating.
  const cold: ReturnType<typeof coldCli>[] = [];
  const coldNode: ReturnType<typeof coldCli>[] = [];
  const typstCold: TypstRun[] = [];
  for (let round = 0; round < coldRounds; round++) {
    cold.push(coldCli(root, example, 'command'));
    coldNode.push(coldCli(root, example, 'node'));
    if (typst) typstCold.push(typst.run(0));
  }
  const coldNodeMs = round(median(coldNode.map((c) => c.ms)));
  const coldMs = round(median(cold.map((c) => c.ms)));
  const coldCpuMs = round(median(cold.map((c) => c.cpuMs)));
  const typstColdMs = typst ? round(median(typstCold.map((r) => r.processMs))) : undefined;
  const typstColdCpuMs = typst ? round(median(typstCold.map((r) => r.processCpuMs))) : undefined;

  const docx = await warmDocx(input, 30);
  const post = await warmPost(readFileSync(example, 'utf8'), 20);
  const linear = await scaling(input);
  const lambda = flags.has('--no-lambda') ? undefined : await lambdaFigures();

  const limits = {
    warmPdfMs: typstWarmMs ?? 40,
    docxMs: 25,
    postMs: 150,
    coldMs: round(1.5 * (typstColdMs ?? 220)),
    rssMb: round(1.25 * (typstRssAfter100Mb ?? 160)),
    lambdaColdMs: 500,
    renderBundleZippedMb: 15,
  };
  const figures = {
    warmPdf: { medianMs: warmPdfMs, cpuMedianMs: round(median(cpu)), renders: wall.length, typstMedianMs: typstWarmMs, ratio: ratio(warmPdfMs, typstWarmMs) },
    rss: { after100RendersMb: rssAfter100Mb, peakMb: round(nianbao[0]!.peakRssMb), typstAfter100Mb: typstRssAfter100Mb, ratio: ratio(rssAfter100Mb, typstRssAfter100Mb) },
    cold: { medianMs: coldMs, runsMs: cold.map((c) => round(c.ms)), cpuMedianMs: coldCpuMs, typstCpuMedianMs: typstColdCpuMs, cpuRatio: ratio(coldCpuMs, typstColdCpuMs), peakRssMb: round(Math.max(...cold.map((c) => c.rssMb))), via: !isBundleFresh(root) ? 'tsx' : existsSync(join(root, 'dist/nianbao.blob')) ? 'snapshot' : 'bundle', typstMedianMs: typstColdMs, ratio: ratio(coldMs, typstColdMs) },
    coldNode: { medianMs: coldNodeMs, runsMs: coldNode.map((c) => round(c.ms)), peakRssMb: round(Math.max(...coldNode.map((c) => c.rssMb))), ratio: ratio(coldNodeMs, typstColdMs) },
    docx,
    post,
    scaling: linear,
    lambda,
  };
  const met = {
    warmPdf: within(warmPdfMs, limits.warmPdfMs),
    docx: within(docx.medianMs, limits.docxMs),
    post: within(post.medianMs, limits.postMs),
    cold: within(coldMs, limits.coldMs),
    rss: within(rssAfter100Mb, limits.rssMb),
    ...(lambda?.render.memorySizes.measured ? { lambdaColdAtItsSize: within(lambda.render.memorySizes.configured.freshMs, limits.lambdaColdMs) } : {}),
    ...(lambda ? { lambdaCold: within(lambda.render.coldMs, limits.lambdaColdMs), renderBundle: within(lambda.render.zippedMb, limits.renderBundleZippedMb), readWithoutRenderers: lambda.read.renderersBundled.length === 0 } : {}),
  };
  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverageAtStart: startLoad.map((l) => round(l, 2)), loadAverageAtEnd: loadavg().map((l) => round(l, 2)) },
    typst: typst ? '@myriaddreamin/typst-ts-node-compiler (NIANBAO_TYPST_ANCHOR)' : 'not installed: limits fall back to the issue’s Typst figures',
    limits,
    figures,
    met,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.table([
    row('warm PDF render, median ms', warmPdfMs, limits.warmPdfMs, typstWarmMs),
    row('RSS after 100 renders, MB', rssAfter100Mb, limits.rssMb, typstRssAfter100Mb),
    row('cold process → PDF (nianbao command), median ms', coldMs, limits.coldMs, typstColdMs),
    row('… node bin/nianbao.js, without the snapshot, ms', coldNodeMs, undefined, typstColdMs),
    row('cold process → PDF, CPU ms (user+sys)', coldCpuMs, round(1.5 * (typstColdCpuMs ?? Number.NaN)), typstColdCpuMs),
    row('Word render, median ms', docx.medianMs, limits.docxMs),
    row('POST /v1/reports pdf+docx, median ms', post.medianMs, limits.postMs),
    ...(lambda ? [row('Lambda render: fresh process → 201, ms', lambda.render.coldMs, limits.lambdaColdMs), row('Lambda render: fresh process → 201, CPU ms', lambda.render.processCpuMedianMs, undefined), row('… a report with a character outside the core, ms', lambda.render.coldOutsideCoreMs, undefined), ...configuredSizeRows(lambda.render.memorySizes, limits.lambdaColdMs), row('render bundle zipped, MB', lambda.render.zippedMb, limits.renderBundleZippedMb)] : []),
  ]);
  console.log(`scaling (×1, ×4, ×16 prose and tables): ${linear.points.map((p) => `×${p.k} ${p.medianMs} ms (${p.msPerCopy}/copy)`).join(', ')}; slope ${linear.slopeMsPerCopy} ms per copy, intercept ${linear.interceptMs} ms`);
  console.log(`warm CPU per render ${figures.warmPdf.cpuMedianMs} ms (wall ${warmPdfMs} ms): a render uses about ${round(figures.warmPdf.cpuMedianMs / warmPdfMs, 2)} cores`);
  if (lambda) console.log(memorySizesLine(lambda.render.memorySizes));
  if (lambda) console.log(`read bundle ${lambda.read.zippedMb} MB zipped; renderer libraries in it: ${lambda.read.renderersBundled.join(', ') || 'none'}`);
  console.log(`load average ${report.machine.loadAverageAtStart.join(' ')} → ${report.machine.loadAverageAtEnd.join(' ')}; ${report.typst}`);
  console.log('targets met:', met, '→ bench/results/bench.json');
}

await main();
