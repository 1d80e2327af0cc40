/** Starts the real local server (HTTP app + embedded s3rver) in a temp folder for a test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { LogLine } from '../../src/http/app.ts';
import { startLocalServer, type LocalServer } from '../../src/server/start-local.ts';

export type TestServer = LocalServer & {
  readonly logs: LogLine[];
  readonly dataDir: string;
  post(path: string, body: string, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
};

export { exampleText as example } from '../examples/example.ts';

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-http-'));
  const logs: LogLine[] = [];
  const server = await startLocalServer({ PORT: '0', NIANBAO_DATA_DIR: dataDir, ...env }, (line) => logs.push(line));
  return {
    ...server,
    logs,
    dataDir,
    post: (path, body, headers = {}) => fetch(`${server.url}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-api-key': server.apiKey, ...headers },
    }),
    get: (path, headers = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' }),
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The file's server: started before its tests, stopped after them. What this returns stands
 * for it from then on, so a test file needs one line instead of a variable and two hooks.
 */
export function serverForTests(env: Record<string, string> = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => { started = await startTestServer(env); });
  afterAll(() => started?.stop());
  return new Proxy({} as TestServer, {
    get(_target, key) {
      if (!started) throw new Error('the test server starts in beforeAll: use it inside a test or hook');
      return Reflect.get(started, key);
    },
  });
}
