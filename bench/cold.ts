/**
 * A new process until the PDF is written: `node bin/nianbao.js render` (the built bundle when
 * fresh), with its CPU time and peak RSS from GNU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function coldCli(root: string, file: string) {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const args = ['-f', '%M %U %S', process.execPath, join(root, 'bin/nianbao.js'), 'render', file, '--out', out, '--format', 'pdf', '--allow-check-failures'];
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  const written = readdirSync(out).some((name) => name.endsWith('.pdf'));
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0 || !written) throw new Error(`cold render of ${file} failed: ${run.stderr}`);
  const [rssKb, user, system] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, rssMb: (rssKb ?? Number.NaN) / 1024, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000 };
}
