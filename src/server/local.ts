/**
 * `npm start`: the API on 127.0.0.1 with an embedded S3 — no AWS account, no Docker.
 * Prints the API key (unless it came from NIANBAO_API_KEY) and a ready curl command that
 * submits the example report.
 */
import '../zod-jitless.ts';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalApiKey } from './local-api-key.ts';
import { startLocalServer } from './start-local.ts';
import { apiKeyLine, curlKeyHeader, startupFailure } from './startup-text.ts';

const example = fileURLToPath(new URL('../../examples/huaian-2024.json', import.meta.url));

function curlCommand(url: string, apiKey: LocalApiKey): string {
  const path = existsSync(example) ? relative(process.cwd(), example) || example : example;
  return [
    `curl -sS -X POST '${url}/v1/reports'`,
    `-H 'content-type: application/json'`,
    curlKeyHeader(apiKey),
    `--data-binary '@${path}'`,
  ].join(' ');
}

// The AWS SDK warns at every start on Node 20 that its 2027 releases will need Node 22 (the
// Lambda runs Node 24); locally that is noise. Its documented switch, unless set already.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

try {
  const server = await startLocalServer();
  const { config } = server;
  const storage = server.s3 ? `embedded S3 (s3rver) ${server.s3.endpoint}, data in ${join(config.dataDir, 's3')}` : config.s3Endpoint;
  process.stdout.write([
    `nianbao listening on ${server.url}`,
    `storage: ${storage}, bucket ${config.bucket}`,
    apiKeyLine(server.apiKeySource),
    'Submit the example report:',
    `  ${curlCommand(server.url, server.apiKeySource)}`,
    '',
  ].join('\n'));
  const stop = () => { server.close().then(() => process.exit(0), () => process.exit(1)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`${startupFailure(error)}\n`);
  process.exit(1);
}
