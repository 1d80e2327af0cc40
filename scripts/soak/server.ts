/** The local server (`npm start`) as a child process on 127.0.0.1, in a temporary data folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export type SoakServer = {
  readonly url: string;
  readonly apiKey: string;
  readonly s3Endpoint: string;
  readonly bucket: string;
  /** The server's log lines of level `error` (5xx and faults), for the report. */
  readonly errors: string[];
  /** Resident memory now, and its peak so far (VmRSS, VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
};

const entry = new URL('../../src/server/local.ts', import.meta.url).pathname;

function statusMb(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

export async function startSoakServer(dataDir: string): Promise<SoakServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: '0', NIANBAO_DATA_DIR: dataDir, NIANBAO_BUCKET: 'soak' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const seen: string[] = [];
  // After its banner the server logs one JSON line per request: only errors are kept.
  const errors: string[] = [];
  await new Promise<void>((ready, fail) => {
    let started = false;
    lines.on('line', (line) => {
      if (!started) seen.push(line);
      else if (line.includes('"level":"error"')) errors.push(line);
      if (line.startsWith('Submit the example report')) { started = true; ready(); }
    });
    child.once('exit', () => fail(new Error(`the local server exited:\n${seen.join('\n')}`)));
  });
  const find = (pattern: RegExp) => seen.map((l) => pattern.exec(l)?.[1]).find(Boolean) ?? '';
  const pid = child.pid!;
  if (!find(/listening on (\S+)/) || !find(/embedded S3 \(s3rver\) (\S+),/)) throw new Error(`the local server did not start as expected:\n${seen.join('\n')}`);
  return {
    url: find(/listening on (\S+)/),
    apiKey: find(/API key \(x-api-key\): (\S+)/),
    s3Endpoint: find(/embedded S3 \(s3rver\) (\S+),/),
    bucket: 'soak',
    errors,
    memory: () => ({ rssMb: statusMb(pid, 'VmRSS'), peakMb: statusMb(pid, 'VmHWM') }),
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
