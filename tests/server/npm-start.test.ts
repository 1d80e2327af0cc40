import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterAll(async () => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** Collects stdout until the printed curl command appears. */
function waitForCurl(process: ChildProcess): Promise<{ output: string; curl: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no curl line within 60 s:\n${output}`)), 60_000);
    process.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const curl = /^\s*(curl .+)$/m.exec(output)?.[1];
      if (curl) { clearTimeout(timer); resolve({ output, curl }); }
    });
    process.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

describe('npm start', () => {
  it('serves the example end to end with the curl command it prints', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nianbao-start-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NIANBAO_DATA_DIR: dataDir };
    delete env['NIANBAO_API_KEY'];
    child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const { output, curl } = await waitForCurl(child);

    const apiKey = /API key \(x-api-key\): (\S+)/.exec(output)?.[1];
    expect(apiKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(curl).toContain(`http://127.0.0.1:${port}/v1/reports`);
    expect(curl).toContain(apiKey);

    const { stdout } = await promisify(execFile)('sh', ['-c', curl], { cwd: root });
    const created = JSON.parse(stdout) as { id: string; documents: { format: string }[] };
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.documents.map((d) => d.format)).toEqual(['pdf', 'docx']);
    const manifest = await fetch(`http://127.0.0.1:${port}/v1/reports/${created.id}`);
    expect(manifest.status).toBe(200);
    const landing = await fetch(`http://127.0.0.1:${port}/r/${created.id}`);
    expect(landing.status).toBe(200);
  });
});
