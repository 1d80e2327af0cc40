/**
 * The Lambda artifacts as `cdk synth` bundles them (tests/cdk/bundle-harness.ts runs them the
 * way Lambda does): each bundle's zipped size, which renderer libraries the read bundle
 * carries, and the render function in a fresh process answering a POST /v1/reports with 201
 * (process start to answer, median of three fresh processes), S3 played by s3rver: for the
 * example, drawn with the bundle's core faces, and for the example with a character outside
 * the core, which fetches the body face's whole face (an S3 asset, not part of the bundle);
 * and the render function's times at each memory size's share of the CPU.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalS3 } from '../src/storage/local-s3.ts';
import { s3Client } from '../src/storage/s3-storage.ts';
import {
  copyBundle, exampleOutsideCore, exampleReport, fileAssets, joinedWithBucket, lambdaEnvironment, proxyEvent, type BundledFunction, type Invocation,
} from '../tests/cdk/bundle-harness.ts';
import { cdkSynth } from '../tests/cdk/cdk-cli.ts';
import { projectRoot } from '../tests/cdk/synth.ts';
import { cpuShares, lambdaVcpus, type CpuShare } from './cpu-share.ts';
import { median, round } from './stats.ts';

const MB = 1024 * 1024;
/** Strings only each library's code contains (they survive minifying). */
const rendererMarkers = {
  pdfkit: 'PDFKit',
  docx: 'wordprocessingml/2006/main',
  fontkit: 'Unknown font format',
} as const;

function zippedMb(dir: string, work: string): number {
  const zip = join(work, `${dir.replace(/\W/g, '_')}.zip`);
  execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: dir });
  return round(statSync(zip).size / MB);
}

const bundled = (fn: BundledFunction) => {
  const code = readFileSync(join(fn.dir, 'index.mjs'), 'utf8');
  return Object.entries(rendererMarkers).filter(([, marker]) => code.includes(marker)).map(([name]) => name);
};

const run = promisify(execFile);

/**
 * One fresh process running the bundle as Lambda does (tests/cdk/fixtures/invoke-handler.mjs),
 * with its CPU time and peak RSS. Asynchronous: s3rver answers from this process meanwhile.
 */
async function freshInvocations(fn: BundledFunction, env: Record<string, string>, events: unknown[], work: string, share?: CpuShare) {
  const [eventsFile, result] = [join(work, 'events.json'), join(work, 'result.json')];
  writeFileSync(eventsFile, JSON.stringify(events));
  const timed = ['/usr/bin/time', '-f', '%M %U %S', process.execPath, join(projectRoot, 'tests/cdk/fixtures/invoke-handler.mjs'), eventsFile, result];
  const [command, ...args] = share ? share.wrap(timed) : timed;
  const child = await run(command!, args, { cwd: fn.dir, env, encoding: 'utf8', maxBuffer: 64 * MB });
  const [rssKb, user, system] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const { initMs, invocations } = JSON.parse(readFileSync(result, 'utf8')) as { initMs: number; invocations: Invocation[] };
  for (const answer of invocations) if (answer.statusCode !== 201) throw new Error(`render bundle answered ${answer.statusCode}: ${answer.body}`);
  return { initMs, invocations, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000, peakRssMb: (rssKb ?? Number.NaN) / 1024 };
}

/** Memory sizes tried for the render function (and the stack's own): up to two vCPUs, all this machine has. */
const triedSizesMb = [1024, 1536, 1769, 2048, 2560, 3008, 3538];
const warmCallsPerSize = 15;
/** A p50 within this of the largest size's counts as not worse (the machine is noisy). */
const notWorse = 1.05;

/**
 * The render function at each memory size's CPU share (bench/cpu-share.ts): a fresh process
 * answering one POST and then `warmCallsPerSize` more, twice per size (ascending, then
 * descending, so drift does not favour one end). The smallest size whose warm p50 is
 * `notWorse` of the largest size's is the one past which more memory buys nothing.
 */
async function memorySizes(fn: BundledFunction, env: Record<string, string>, event: unknown, work: string) {
  const shares = cpuShares();
  if (!shares) return { measured: false as const, why: 'no writable cgroup CPU controller (run the bench as root on Linux)' };
  const memorySizesMb = [...new Set([...triedSizesMb, fn.memoryMb])].sort((a, b) => a - b);
  const runs = new Map<number, { fresh: number[]; warm: number[] }>(memorySizesMb.map((mb) => [mb, { fresh: [], warm: [] }]));
  for (const pass of [memorySizesMb, [...memorySizesMb].reverse()]) {
    for (const memoryMb of pass) {
      const share = shares(lambdaVcpus(memoryMb));
      try {
        const { initMs, invocations } = await freshInvocations(fn, env, Array.from({ length: 1 + warmCallsPerSize }, () => event), work, share);
        const [first, ...warm] = invocations;
        runs.get(memoryMb)!.fresh.push(initMs + first!.ms);
        runs.get(memoryMb)!.warm.push(...warm.map((w) => w.ms));
      } finally {
        share.remove();
      }
    }
  }
  const sizes = memorySizesMb.map((memoryMb) => ({
    memoryMb,
    vcpus: round(lambdaVcpus(memoryMb), 2),
    freshMs: round(median(runs.get(memoryMb)!.fresh)),
    warmP50Ms: round(median(runs.get(memoryMb)!.warm)),
  }));
  const best = sizes.at(-1)!.warmP50Ms;
  return {
    measured: true as const,
    sizes,
    smallestNotWorseMb: sizes.find((s) => s.warmP50Ms <= notWorse * best)!.memoryMb,
    configured: sizes.find((s) => s.memoryMb === fn.memoryMb)!,
  };
}

export async function lambdaFigures() {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-lambda-'));
  try {
    const outdir = join(work, 'cdk.out');
    await cdkSynth(outdir);
    const render = copyBundle(outdir, 'Render', work);
    const read = copyBundle(outdir, 'Read', work);
    const bucket = 'nianbao-bench';
    const assetsBucket = 'nianbao-bench-assets';
    const s3 = await startLocalS3({ directory: join(work, 's3'), bucket });
    try {
      const client = s3Client({ bucket: assetsBucket, endpoint: s3.endpoint });
      await client.send(new CreateBucketCommand({ Bucket: assetsBucket }));
      for (const { key, path } of fileAssets(outdir)) await client.send(new PutObjectCommand({ Bucket: assetsBucket, Key: key, Body: readFileSync(path) }));
      client.destroy();
      const env = lambdaEnvironment(render, {
        NIANBAO_BUCKET: bucket,
        NIANBAO_BASE_URL: 'https://nianbao.example.gov.cn',
        NIANBAO_WHOLE_FACES: joinedWithBucket(render.environment['NIANBAO_WHOLE_FACES'], assetsBucket),
      }, { NIANBAO_S3_ENDPOINT: s3.endpoint, AWS_REGION: 'us-east-1' });
      const submit = (body: string) => proxyEvent('POST', '/v1/reports', '/v1/reports', {
        body,
        headers: { 'Content-Type': 'application/json', 'x-api-key': 'checked-by-api-gateway' },
      });
      const fresh = async (body: string) => {
        const colds = [];
        for (let run = 0; run < 3; run++) {
          const { initMs, invocations, cpuMs, peakRssMb } = await freshInvocations(render, env, [submit(body)], work);
          colds.push({ initMs, invokeMs: invocations[0]!.ms, cpuMs, peakRssMb });
        }
        return colds;
      };
      const colds = await fresh(exampleReport());
      const outsideCore = await fresh(exampleOutsideCore());
      const bySize = await memorySizes(render, env, submit(exampleReport()), work);
      return {
        render: {
          coldMs: round(median(colds.map((c) => c.initMs + c.invokeMs))),
          coldOutsideCoreMs: round(median(outsideCore.map((c) => c.initMs + c.invokeMs))),
          initMedianMs: round(median(colds.map((c) => c.initMs))),
          firstInvocationMedianMs: round(median(colds.map((c) => c.invokeMs))),
          processCpuMedianMs: round(median(colds.map((c) => c.cpuMs))),
          peakRssMb: round(Math.max(...colds.map((c) => c.peakRssMb))),
          zippedMb: zippedMb(render.dir, work),
          codeMb: round(statSync(join(render.dir, 'index.mjs')).size / MB, 2),
          memorySizes: bySize,
        },
        read: { zippedMb: zippedMb(read.dir, work), codeMb: round(statSync(join(read.dir, 'index.mjs')).size / MB, 2), renderersBundled: bundled(read) },
      };
    } finally {
      await s3.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
