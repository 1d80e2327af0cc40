/**
 * `npm run soak`: bounded mixed load against the local server (a child `npm start` on
 * 127.0.0.1 with its embedded S3), plus the hostile corpus on every route. Not a test:
 * it prints requests, status counts, p50/p99 latency, the server's peak RSS, and a manifest
 * audit, and exits 1 on any unexplained 5xx, unexpected status or bad manifest.
 *
 *   npm run soak -- [--seconds 60] [--concurrency 16]     (at most 120 s and 20 workers)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exampleText } from '../tests/examples/example.ts';
import { auditManifests } from './soak/audit.ts';
import { hostileCases, type Case } from './soak/hostile.ts';
import { startSoakServer, type SoakServer } from './soak/server.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, concurrency: { type: 'string', default: '16' } } });
const seconds = Math.min(120, Math.max(5, Number(values.seconds)));
const concurrency = Math.min(20, Math.max(1, Number(values.concurrency)));

type Outcome = { readonly name: string; readonly status: number; readonly ms: number; readonly body: string };
const outcomes: Outcome[] = [];
const unexpected: string[] = [];
const ids: string[] = [];

async function send(server: SoakServer, c: Case): Promise<Outcome> {
  const started = performance.now();
  const headers: Record<string, string> = { ...(c.contentType ? { 'content-type': c.contentType } : {}), ...(c.keyed ? { 'x-api-key': server.apiKey } : {}), ...c.headers };
  let status = 0;
  let body = '';
  try {
    const answer = await fetch(`${server.url}${c.target}`, { method: c.method, headers, body: c.body as BodyInit | undefined, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    status = answer.status;
    body = await answer.text();
  } catch (error) {
    body = String(error);
  }
  const outcome = { name: c.name, status, ms: performance.now() - started, body };
  outcomes.push(outcome);
  if (!c.expect.includes(status)) unexpected.push(`${c.name} → ${status} (expected ${c.expect.join('/')}) ${body.slice(0, 160)}`);
  return outcome;
}

const example = exampleText('huaian-2024');
const other = exampleText('hailin-2020');
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

/** One ordinary request of the mix: mostly reads, a submit in five, retries with keys. */
function ordinary(): Case {
  const id = ids.length > 0 ? pick(ids) : 'AAAAAAAAAAAAAAAAAAAAAA';
  const known = ids.length > 0 ? [200, 302] : [404];
  const roll = Math.random();
  if (roll < 0.2) {
    const key = `soak-${Math.floor(Math.random() * 40)}`;
    const [body, allow] = Math.random() < 0.5 ? [example, ''] : [other, '&allowCheckFailures=true'];
    // hailin-2020 is published with arithmetic errors: rendered anyway. A key met before with
    // another body or options is a conflict, as documented.
    return { name: 'submit', method: 'POST', target: `/v1/reports?formats=${pick(['pdf,docx', 'pdf', 'pdf,docx,html'])}${allow}`, body, contentType: 'application/json', keyed: true, headers: { 'idempotency-key': `${key}-${pick(['a', 'b'])}` }, expect: [201, 409] };
  }
  if (roll < 0.3) return { name: 'validate', method: 'POST', target: '/v1/validate', body: pick([example, other]), contentType: 'application/json', keyed: true, expect: [200, 422] };
  if (roll < 0.55) return { name: 'manifest', method: 'GET', target: `/v1/reports/${id}`, expect: known };
  if (roll < 0.7) return { name: 'landing', method: 'GET', target: `/r/${id}`, expect: ids.length > 0 ? [200] : [404] };
  if (roll < 0.8) return { name: 'download', method: 'GET', target: `/v1/reports/${id}/pdf`, expect: ids.length > 0 ? [302, 404] : [404] };
  if (roll < 0.9) return { name: 'listing', method: 'GET', target: `/v1/reports?agency=${encodeURIComponent('淮安市人民政府')}`, keyed: true, expect: [200] };
  return { name: 'schema', method: 'GET', target: pick(['/v1/schema', '/v1/openapi.json']), expect: [200] };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-soak-'));
const server = await startSoakServer(dataDir);
let peakMb = 0;
const sampler = setInterval(() => { peakMb = Math.max(peakMb, server.memory().peakMb); }, 500);
try {
  const hostile = hostileCases();
  const deadline = performance.now() + seconds * 1000;
  const worker = async (index: number) => {
    // Worker 0 sends the hostile corpus first, interleaved with everyone's ordinary load.
    if (index === 0) for (const c of hostile) await send(server, c);
    while (performance.now() < deadline) {
      const outcome = await send(server, ordinary());
      if (outcome.name === 'submit' && outcome.status === 201) ids.push((JSON.parse(outcome.body) as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  peakMb = Math.max(peakMb, server.memory().peakMb);
  const audit = await auditManifests(server.bucket, server.s3Endpoint);
  const statuses = new Map<number, number>();
  for (const o of outcomes) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
  const fivexx = outcomes.filter((o) => o.status >= 500 || o.status === 0);
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const report = {
    seconds, concurrency,
    requests: outcomes.length,
    hostileCases: hostile.length,
    statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
    p50Ms: Math.round(percentile(sorted, 0.5)),
    p99Ms: Math.round(percentile(sorted, 0.99)),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    peakRssMb: peakMb,
    fiveHundreds: fivexx.length,
    unexpected: unexpected.length,
    manifests: audit.manifests,
    auditedFiles: audit.files,
    badManifests: audit.problems.length,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  for (const line of [...unexpected, ...audit.problems]) process.stdout.write(`  ${line.replace(/\s+/g, ' ')}\n`);
  for (const line of server.errors) process.stdout.write(`  server: ${line.slice(0, 600)}\n`);
  process.exitCode = fivexx.length + unexpected.length + audit.problems.length > 0 ? 1 : 0;
} finally {
  clearInterval(sampler);
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
