/**
 * `npm run bench` (import part): how fast the importer reads each page shape in one process
 * (median of ≥ 20 runs after one warm-up), and a new `nianbao import` process given the
 * hostile page of issue 11 (198 KB: 600 tables, each row nine `<td colspan=100 rowspan=100>`):
 * wall time, peak RSS (GNU time) and exit code, median of three. Not a test.
 * Prints a table and writes bench/results/import.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport } from '../templates/annual-report/import/import-report.ts';
import { flattenTables, rowsAsLines } from '../tests/import/page-shapes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = { warmMedianMs: 200, hostileColdMs: 5000 } as const;
const corpus = (name: string) => readFileSync(join(root, 'tests/fixtures/corpus', name), 'utf8');
const huaian = corpus('huaian-2024.txt');

const row = `<tr>${'<td colspan=100 rowspan=100>x</td>'.repeat(9)}</tr>`;
const hostile = `<html><body><h1>淮安市人民政府2024年政府信息公开工作年度报告</h1>${`<table>${row}</table>`.repeat(600)}</body></html>`;

const pages = {
  'hailin-2020 (one cell per line)': corpus('000_b6ebaffc46ffe707.txt'),
  'huaian-2024 (pipe rows)': huaian,
  'huaian-2024 rows as PDF lines': rowsAsLines(huaian),
  'huaian-2024 tables run together': flattenTables(huaian, ''),
} as const;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number) => Number(value.toFixed(1));

function warm(text: string) {
  importReport(text);
  const times = Array.from({ length: 21 }, () => {
    const start = performance.now();
    importReport(text);
    return performance.now() - start;
  });
  return { medianMs: round(median(times)), kb: round(Buffer.byteLength(text) / 1024) };
}

function hostileCold() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
  const file = join(dir, 'spans.html');
  writeFileSync(file, hostile);
  const runs = Array.from({ length: 3 }, () => {
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(root, 'bin/nianbao.js'), 'import', file], { encoding: 'utf8' });
    return { ms: performance.now() - start, rssMb: Number(run.stderr.trim().split('\n').at(-1)) / 1024, status: run.status };
  });
  rmSync(dir, { recursive: true, force: true });
  return { kb: round(Buffer.byteLength(hostile) / 1024), medianMs: round(median(runs.map((r) => r.ms))), peakRssMb: round(Math.max(...runs.map((r) => r.rssMb))), exit: runs.map((r) => r.status) };
}

const results = Object.fromEntries(Object.entries(pages).map(([name, text]) => [name, warm(text)]));
const spanned = hostileCold();
const report = {
  measuredAt: new Date().toISOString(),
  targets,
  warm: results,
  hostileSpannedPage: spanned,
  meetsTargets: {
    warmMedian: Object.values(results).every((r) => r.medianMs <= targets.warmMedianMs),
    hostileCold: spanned.medianMs <= targets.hostileColdMs && spanned.exit.every((s) => s === 2),
  },
};
writeFileSync(join(root, 'bench/results/import.json'), `${JSON.stringify(report, null, 2)}\n`);
console.table(Object.entries(results).map(([page, r]) => ({ page, KB: r.kb, 'warm median ms': r.medianMs })));
console.log(`hostile spanned page ${spanned.kb} KB: cold ${spanned.medianMs} ms, peak RSS ${spanned.peakRssMb} MB, exit ${spanned.exit.join(',')}`);
console.log('targets met:', report.meetsTargets, '→ bench/results/import.json');
