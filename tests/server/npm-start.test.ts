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
const others: ChildProcess[] = [];

afterAll(async () => {
  for (const started of [child, ...others]) if (started?.pid && started.exitCode === null) process.kill(-started.pid, 'SIGTERM');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** `npm start` in its own process group, so that it and its children stop together. */
function npmStart(env: NodeJS.ProcessEnv): ChildProcess {
  const started = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  others.push(started);
  return started;
}

/** Everything on stderr until the process exits, and its exit code. */
function untilExit(started: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    started.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    started.once('exit', (code) => resolve({ code, stderr }));
  });
}

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
    child = npmStart(env);
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

    // A second start on the same port says how to choose another, and stops.
    const second = await untilExit(npmStart({ ...env }));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`端口 ${port} 已被占用`);
    expect(second.stderr).toContain(`Port ${port} is already in use (perhaps another nianbao is running). Choose another: PORT=${port + 1} npm start`);
    expect(second.stderr).not.toContain('listen EADDRINUSE');
  });

  it('with NIANBAO_API_KEY set, prints no key, and its curl command sends the variable', async () => {
    const port = await freePort();
    const key = 'a-key-set-by-the-operator-0123';
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NIANBAO_DATA_DIR: dataDir!, NIANBAO_API_KEY: key };
    const { output, curl } = await waitForCurl(npmStart(env));
    expect(output).not.toContain(key);
    expect(output).toContain('from NIANBAO_API_KEY, not shown');
    const { stdout } = await promisify(execFile)('sh', ['-c', curl], { cwd: root, env });
    expect((JSON.parse(stdout) as { id: string }).id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
