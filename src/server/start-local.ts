/**
 * The local service: the very same HTTP app as in Lambda, on 127.0.0.1, storing into an
 * embedded s3rver under the data folder (or into NIANBAO_S3_ENDPOINT when set), with the
 * API key kept in the data folder across restarts unless NIANBAO_API_KEY is set.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { fullApi } from '../http/api.ts';
import { createHttpApp, defaultLog, type LogLine } from '../http/app.ts';
import { createReportService } from '../service/service.ts';
import { startLocalS3, type LocalS3 } from '../storage/local-s3.ts';
import { s3Storage } from '../storage/s3-storage.ts';
import { localApiKey, type LocalApiKey } from './local-api-key.ts';
import { nodeServer, type Serving } from './node-http.ts';

export type LocalServer = {
  readonly url: string;
  readonly apiKey: string;
  /** Where the key came from: the environment (then never printed), the data folder, or made now. */
  readonly apiKeySource: LocalApiKey;
  readonly config: Config;
  /** The embedded S3 server, absent when NIANBAO_S3_ENDPOINT points elsewhere. */
  readonly s3: LocalS3 | undefined;
  close(): Promise<void>;
};

export async function startLocalServer(
  env: Record<string, string | undefined> = process.env,
  log: (line: LogLine) => void = defaultLog,
): Promise<LocalServer> {
  // Every variable is checked before anything listens, so a bad PORT gets the bilingual
  // configuration message; the base URL then needs the port actually bound.
  const checked = loadConfig({ NIANBAO_BASE_URL: 'http://127.0.0.1', NIANBAO_BUCKET: 'nianbao', ...env });
  const apiKey = await localApiKey(checked.apiKey, checked.dataDir);
  const defaults = { NIANBAO_BUCKET: 'nianbao', NIANBAO_API_KEY: apiKey.key };
  const { port } = checked;
  // Until the base URL is known, requests get 503.
  let serving: Serving | undefined;
  const server = nodeServer(() => serving);
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  try {
    const actualPort = (server.address() as AddressInfo).port;
    const config = loadConfig({ NIANBAO_BASE_URL: `http://127.0.0.1:${actualPort}`, ...defaults, ...env });
    const s3 = config.s3Endpoint ? undefined : await startEmbeddedS3(config);
    const storage = s3Storage({ bucket: config.bucket, endpoint: config.s3Endpoint ?? s3?.endpoint });
    const service = createReportService({ storage, ...config });
    serving = { app: createHttpApp(fullApi(service, config), log), maxBodyBytes: config.maxBodyBytes, log };
    const close = async () => {
      const closed = new Promise((done) => server.close(done));
      server.closeAllConnections();
      await closed;
      await s3?.close();
    };
    return { url: config.baseUrl, apiKey: apiKey.key, apiKeySource: apiKey, config, s3, close };
  } catch (error) {
    server.close();
    throw error;
  }
}

async function startEmbeddedS3(config: Config): Promise<LocalS3> {
  const directory = join(resolve(config.dataDir), 's3');
  await mkdir(directory, { recursive: true });
  return startLocalS3({ directory, bucket: config.bucket });
}
