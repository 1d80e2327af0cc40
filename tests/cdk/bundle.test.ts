/**
 * The deployed artifact, proven: `npx cdk synth` (no credentials) bundles the functions exactly
 * as `cdk deploy` does; each bundle, copied away from node_modules, is loaded in a fresh Node
 * process and handed API Gateway proxy events — the render function POSTs
 * examples/huaian-2024.json, the read function serves what it stored — with the environment the
 * stack gives each function and S3 played by s3rver on 127.0.0.1. The render bundle carries core
 * faces; the whole faces are the stack's S3 assets, uploaded to s3rver as `cdk deploy` uploads
 * them to the bootstrap bucket, and fetched only for a character outside the core.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../src/storage/local-s3.ts';
import { s3Client } from '../../src/storage/s3-storage.ts';
import { copyBundle, exampleReport, exampleOutsideCore, fileAssets, invokeBundle, joinedWithBucket, lambdaEnvironment, proxyEvent, type BundledFunction } from './bundle-harness.ts';
import { cdkSynth, readAssembly } from './cdk-cli.ts';
import { projectRoot } from './synth.ts';

const MiB = 1024 * 1024;
const LAMBDA_UNZIPPED_LIMIT = 250 * MiB;
const BUCKET = 'nianbao-bundle-test';
/** Stands in for the CDK bootstrap bucket that holds the whole faces. */
const ASSETS_BUCKET = 'nianbao-bundle-test-assets';
const BASE_URL = 'https://nianbao.example.gov.cn';
const SUBMISSIONS = 3;

// Outside the project, so nothing can be resolved from its node_modules: each bundle stands alone.
const work = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
let s3: LocalS3;
let render: BundledFunction;
let read: BundledFunction;
let reportId: string;
let outdir: string;

const sizeOf = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : statSync(path).size;
const envFor = (fn: BundledFunction) =>
  lambdaEnvironment(fn, {
    NIANBAO_BUCKET: BUCKET,
    NIANBAO_BASE_URL: BASE_URL,
    ...(fn.environment['NIANBAO_WHOLE_FACES'] === undefined ? {} : { NIANBAO_WHOLE_FACES: joinedWithBucket(fn.environment['NIANBAO_WHOLE_FACES'], ASSETS_BUCKET) }),
  }, { NIANBAO_S3_ENDPOINT: s3.endpoint, AWS_REGION: 'us-east-1' });
const submitEvent = (body: string) =>
  proxyEvent('POST', '/v1/reports', '/v1/reports', { body, headers: { 'Content-Type': 'application/json', 'x-api-key': 'checked-by-api-gateway' } });
async function storedPdf(id: string): Promise<Uint8Array> {
  const client = s3Client({ bucket: BUCKET, endpoint: s3.endpoint });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: String(render.environment['NIANBAO_PREFIX']) }));
  const key = (listed.Contents ?? []).map((o) => o.Key!).find((k) => k.includes(id) && k.endsWith('.pdf'));
  const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  const bytes = await stored.Body!.transformToByteArray();
  client.destroy();
  return bytes;
}

beforeAll(async () => {
  outdir = join(work, 'cdk.out');
  await cdkSynth(outdir);
  render = copyBundle(outdir, 'Render', work);
  read = copyBundle(outdir, 'Read', work);
  s3 = await startLocalS3({ directory: join(work, 's3'), bucket: BUCKET });
  // The assets bucket exists, empty: what the first tests render must need no whole face.
  const client = s3Client({ bucket: ASSETS_BUCKET, endpoint: s3.endpoint });
  await client.send(new CreateBucketCommand({ Bucket: ASSETS_BUCKET }));
  client.destroy();
}, 600_000);

afterAll(async () => {
  await s3?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the template `npx cdk synth` writes without credentials or a region', () => {
  it('names no region (the CLI sets CDK_DEFAULT_REGION=us-east-1 all the same)', () => {
    const { templateText } = readAssembly(outdir);
    expect(templateText).toContain('"Ref": "AWS::Region"');
    expect(templateText.match(/.{0,60}(us-east-1|cn-north|eu-west).{0,40}/g)).toBeNull();
  });

  it('traces actively and logs JSON on every function, and versions the report bucket', () => {
    const { resources } = readAssembly(outdir);
    const functions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    expect(functions.length).toBeGreaterThanOrEqual(2);
    for (const fn of functions) {
      expect(fn.Properties['TracingConfig']).toEqual({ Mode: 'Active' });
      expect(fn.Properties['LoggingConfig']).toMatchObject({ LogFormat: 'JSON' });
    }
    const versioned = Object.values(resources).filter((r) => r.Type === 'AWS::S3::Bucket' && r.Properties['VersioningConfiguration']?.Status === 'Enabled');
    expect(versioned).toHaveLength(1);
  });
});

describe('the bundled functions', () => {
  it('stay well under Lambda’s 250 MB unzipped limit, with the fonts as files beside the code', () => {
    const total = sizeOf(render.dir);
    const fonts = sizeOf(join(render.dir, 'fonts'));
    const code = statSync(join(render.dir, 'index.mjs')).size;
    console.info(`render bundle: ${(total / MiB).toFixed(1)} MiB in all; index.mjs ${(code / MiB).toFixed(2)} MiB; fonts ${(fonts / MiB).toFixed(1)} MiB; read bundle ${(sizeOf(read.dir) / MiB).toFixed(1)} MiB`);
    expect(total).toBeLessThan(LAMBDA_UNZIPPED_LIMIT / 2);
    expect(readdirSync(join(render.dir, 'fonts')).filter((name) => name.endsWith('.ttf')).length).toBeGreaterThan(0);
    // The faces travel as files: the JavaScript stays small next to them.
    expect(code).toBeLessThan(fonts / 4);
  });

  it('render: zips to at most 15 MB (issue 12), its faces cores with the whole faces’ coverage beside each', () => {
    const zip = join(work, 'render.zip');
    execFileSync('zip', ['-q', '-r', zip, '.'], { cwd: render.dir });
    console.info(`render bundle zipped: ${(statSync(zip).size / 1e6).toFixed(1)} MB`);
    expect(statSync(zip).size).toBeLessThanOrEqual(15e6);
    const names = readdirSync(join(render.dir, 'fonts'));
    expect(names.filter((name) => name.endsWith('.whole.json'))).toHaveLength(names.filter((name) => /\.(ttf|woff)$/.test(name)).length);
  });

  it('carry Powertools but not the local S3 server (s3rver, busboy) that npm start embeds', () => {
    for (const fn of [render, read]) {
      // The source map lists every module the bundle was made from.
      const { sources } = JSON.parse(readFileSync(join(fn.dir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
      const packages = new Set(sources.flatMap((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1] ?? []));
      expect(packages).toContain('@aws-lambda-powertools/logger');
      expect(packages).toContain('@aws-lambda-powertools/metrics');
      expect(packages).toContain('@aws-lambda-powertools/tracer');
      for (const local of ['s3rver', 'busboy', 'dicer']) expect(packages, `${fn.dir}: ${local}`).not.toContain(local);
      expect(sources.some((s) => s.endsWith('src/storage/local-s3.ts'))).toBe(false);
    }
  });

  // The assets bucket is empty here: a report of core characters fetches nothing.
  it('render: answers 201 to a proxy event for examples/huaian-2024.json and stores a valid PDF in S3', async () => {
    const submit = proxyEvent('POST', '/v1/reports', '/v1/reports', {
      body: exampleReport(),
      headers: { 'Content-Type': 'application/json', 'x-api-key': 'checked-by-api-gateway' },
    });
    const { initMs, invocations, logs, undiciLoaded } = await invokeBundle(render, envFor(render), Array(SUBMISSIONS).fill(submit), work);
    const [cold, ...warm] = invocations;
    // An ESM import of node:http would load undici (≈ 20 ms of the cold start): the bundles require it instead.
    expect(undiciLoaded).toBe(false);
    console.info(
      `render handler: init ${initMs.toFixed(0)} ms, first invocation ${cold!.ms.toFixed(0)} ms (cold total ${(initMs + cold!.ms).toFixed(0)} ms), ` +
        `warm ${warm.map((w) => `${w.ms.toFixed(0)} ms`).join(', ')}`,
    );
    expect(invocations.map((i) => i.statusCode), logs.slice(0, 2000)).toEqual(Array(SUBMISSIONS).fill(201));
    const submitted = JSON.parse(cold!.body) as { id: string; documents: { format: string; bytes: number }[] };
    console.info(`stored documents: ${submitted.documents.map((d) => `${d.format} ${(d.bytes / 1024).toFixed(0)} KiB`).join(', ')}`);
    reportId = submitted.id;

    const client = s3Client({ bucket: BUCKET, endpoint: s3.endpoint });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: String(render.environment['NIANBAO_PREFIX']) }));
    const pdfKeys = (listed.Contents ?? []).map((o) => o.Key!).filter((key) => key.endsWith('.pdf'));
    expect(pdfKeys).toHaveLength(SUBMISSIONS);
    const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: pdfKeys.find((key) => key.includes(reportId)) }));
    const bytes = await stored.Body!.transformToByteArray();
    client.destroy();

    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = mupdf.Document.openDocument(bytes, 'application/pdf');
    expect(pdf.countPages()).toBeGreaterThan(1);
    expect(pdf.loadPage(0).toStructuredText('preserve-whitespace').asText().replace(/\s/g, '')).toContain('淮安市人民政府');
  }, 300_000);

  it('render: answers a report with a character outside the core 503 while the whole face cannot be fetched', async () => {
    const { invocations, logs } = await invokeBundle(render, envFor(render), [submitEvent(exampleOutsideCore())], work);
    const [answer] = invocations;
    expect(answer!.statusCode, logs.slice(0, 2000)).toBe(503);
    expect(answer!.headers['retry-after']).toBeDefined();
    expect(JSON.parse(answer!.body)).toMatchObject({ code: 'storage_unavailable' });
  }, 120_000);

  it('render: with the whole faces uploaded as the stack’s assets, draws that character from the fetched face, in the CLI’s bytes', async () => {
    const client = s3Client({ bucket: ASSETS_BUCKET, endpoint: s3.endpoint });
    const faces = fileAssets(outdir).filter(({ key }) => key.endsWith('.ttf'));
    expect(faces).toHaveLength(4);
    for (const { key, path } of faces) await client.send(new PutObjectCommand({ Bucket: ASSETS_BUCKET, Key: key, Body: readFileSync(path) }));
    client.destroy();

    const { initMs, invocations, logs } = await invokeBundle(render, envFor(render), [submitEvent(exampleOutsideCore()), submitEvent(exampleOutsideCore())], work);
    const [first, again] = invocations;
    console.info(`render handler, a character outside the core: init ${initMs.toFixed(0)} ms, first invocation ${first!.ms.toFixed(0)} ms (whole face fetched), then ${again!.ms.toFixed(0)} ms`);
    expect(invocations.map((i) => i.statusCode), logs.slice(0, 2000)).toEqual([201, 201]);
    const { id } = JSON.parse(first!.body) as { id: string };
    const pdf = await storedPdf(id);
    writeFileSync(join(work, 'zhe.pdf'), pdf);
    expect(execFileSync('pdftotext', [join(work, 'zhe.pdf'), '-'], { encoding: 'utf8' })).toContain('张喆同志');

    // The CLI draws with the whole faces from node_modules; the same id gives the same QR code.
    const cli = join(work, 'cli');
    writeFileSync(join(work, 'zhe.json'), exampleOutsideCore());
    execFileSync(process.execPath, [join(projectRoot, 'bin/nianbao.js'), 'render', join(work, 'zhe.json'), '--out', cli, '--base-url', BASE_URL, '--id', id], { cwd: projectRoot, stdio: 'pipe' });
    const written = readdirSync(cli).find((name) => name.endsWith('.pdf'))!;
    expect(Buffer.from(pdf).equals(readFileSync(join(cli, written))), 'the bundle’s PDF is the CLI’s').toBe(true);
  }, 300_000);

  it('read: serves the stored report’s landing page and a download link that fetches the PDF', async () => {
    expect(reportId).toBeDefined();
    const { initMs, invocations, logs, undiciLoaded } = await invokeBundle(read, envFor(read), [
      proxyEvent('GET', '/r/{id}', `/r/${reportId}`),
      proxyEvent('GET', '/v1/reports/{id}/{format}', `/v1/reports/${reportId}/pdf`),
    ], work);
    const [landing, download] = invocations;
    console.info(`read handler: init ${initMs.toFixed(0)} ms, landing page ${landing!.ms.toFixed(0)} ms, download link ${download!.ms.toFixed(0)} ms`);

    expect(landing!.statusCode, logs.slice(0, 2000)).toBe(200);
    expect(undiciLoaded).toBe(false);
    expect(landing!.headers['content-type']).toMatch(/^text\/html/);
    expect(landing!.body).toContain('淮安市人民政府');
    expect(download!.statusCode).toBe(302);
    const location = download!.headers['location']!;
    expect(location.startsWith(s3.endpoint)).toBe(true);
    const fetched = new Uint8Array(await (await fetch(location)).arrayBuffer());
    expect(Buffer.from(fetched.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
