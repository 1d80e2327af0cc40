/**
 * Warm figures measured inside the bench process: the Word render of a built model, and
 * POST /v1/reports (pdf + docx) against the local server with its embedded s3rver.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxRenderer } from '../src/render/docx/index.ts';
import { startLocalServer } from '../src/server/start-local.ts';
import { annualReportTemplate } from '../templates/annual-report/index.ts';
import { median, quantile, round, timed } from './stats.ts';

export async function warmDocx(input: unknown, runs: number) {
  const model = annualReportTemplate.build(annualReportTemplate.schema.parse(input), { lang: 'zh', layout: 'official', qrUrl: 'https://nianbao.example.gov.cn/r/bench' });
  await docxRenderer.render(model);
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await timed(() => docxRenderer.render(model)));
  return { medianMs: round(median(times)), p90Ms: round(quantile(times, 0.9)), runs };
}

export async function warmPost(body: string, runs: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-post-'));
  const apiKey = 'bench-api-key-0123456789';
  const server = await startLocalServer({ PORT: '0', NIANBAO_API_KEY: apiKey, NIANBAO_DATA_DIR: dataDir }, () => {});
  try {
    const post = async () => {
      const answer = await fetch(`${server.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': apiKey }, body });
      await answer.arrayBuffer();
      if (answer.status !== 201) throw new Error(`POST /v1/reports answered ${answer.status}`);
    };
    for (let run = 0; run < 3; run++) await post();
    const times = [];
    for (let run = 0; run < runs; run++) times.push(await timed(post));
    return { medianMs: round(median(times)), p90Ms: round(quantile(times, 0.9)), runs };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
