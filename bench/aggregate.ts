/**
 * `npm run bench` (part): the aggregate of 10, 200 and 2,000 members, each size in a process
 * of its own so that its peak RSS is its own. Members are generated from the two 2024
 * examples (淮安 and 测试县, alternately, each under a name of its own). Time is the whole
 * pipeline (schema, members' checks, sums, build, render) for PDF and for Word, the median
 * of three runs after one warm-up in the same process (one run, no warm-up, at 2,000: a run
 * takes tens of seconds, and loading fonts well under one); peak RSS is the process's
 * (`resourceUsage().maxRSS`). The cost should grow linearly: the per-member figure stays flat.
 *
 * Prints a table and writes bench/results/aggregate.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderReport } from '../src/service/render-report.ts';
import { templateOf } from '../src/templates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = [10, 200, 2_000] as const;
const runs = 3;

function members(count: number) {
  const sources = ['huaian-2024', 'ceshi-county-2024'].map((name) => readFileSync(`${root}examples/${name}.json`, 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const report = JSON.parse(sources[i % sources.length] as string);
    report.agency = { name: `${report.agency.name}第${i + 1}号成员` };
    const id = `member-${String(i).padStart(6, '0')}`;
    return { id, link: `https://nianbao.example.gov.cn/r/${id}`, report };
  });
}

async function timed(input: unknown, format: 'pdf' | 'docx', runs: number, warmUp: boolean) {
  const template = templateOf('aggregate');
  if (!template) throw new Error('aggregate template not registered');
  const options = { formats: [format], lang: 'zh' as const, layout: 'official' as const, qrUrl: 'https://nianbao.example.gov.cn/r/bench' };
  if (warmUp) await renderReport(input, options, { template });
  let bytes = 0;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const rendered = await renderReport(input, options, { template });
    times.push(performance.now() - start);
    bytes = rendered.files[0]?.bytes.byteLength ?? 0;
  }
  return { ms: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN, kb: Math.round(bytes / 1024) };
}

async function measureOne(count: number) {
  const input = { name: '测试市', year: 2024, members: members(count) };
  const large = count >= 2_000;
  const pdf = await timed(input, 'pdf', large ? 1 : runs, !large);
  const docx = await timed(input, 'docx', large ? 1 : runs, !large);
  return {
    members: count,
    pdfMs: Math.round(pdf.ms),
    pdfMsPerMember: Number((pdf.ms / count).toFixed(2)),
    docxMs: Math.round(docx.ms),
    docxMsPerMember: Number((docx.ms / count).toFixed(2)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    pdfKb: pdf.kb,
    docxKb: docx.kb,
  };
}

if (process.argv[2] === '--one') {
  process.stdout.write(`${JSON.stringify(await measureOne(Number(process.argv[3])))}\n`);
} else {
  const results = sizes.map((count) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', String(count)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`aggregate of ${count} failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
  });
  console.table(results);
  const machine = { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))), node: process.version };
  writeFileSync(`${root}bench/results/aggregate.json`, `${JSON.stringify({ machine, runs, results }, null, 2)}\n`);
}
