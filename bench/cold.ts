/**
 * A new process until the PDF is written, with its CPU time and peak RSS from GNU time: the
 * `nianbao` command (bin/nianbao, which starts the CLI's startup snapshot), or `node
 * bin/nianbao.js` (the bundle, loaded and compiled as it runs). Both run the bench's own Node.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export type ColdStart = 'command' | 'node';

export function coldCli(root: string, file: string, start: ColdStart) {
  const out = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const command = start === 'command' ? [join(root, 'bin/nianbao')] : [process.execPath, join(root, 'bin/nianbao.js')];
  const args = ['-f', '%M %U %S', ...command, 'render', file, '--out', out, '--format', 'pdf', '--allow-check-failures'];
  // bin/nianbao starts the `node` on PATH: this one, which built the snapshot.
  const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
  const begun = performance.now();
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', env });
  const ms = performance.now() - begun;
  const written = readdirSync(out).some((name) => name.endsWith('.pdf'));
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0 || !written) throw new Error(`cold render of ${file} failed: ${run.stderr}`);
  const [rssKb, user, system] = (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, rssMb: (rssKb ?? Number.NaN) / 1024, cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000 };
}
