/**
 * The Typst anchor (bench/typst/README.md): the same report typeset by Typst in Node, run as
 * its own process. Absent unless NIANBAO_TYPST_ANCHOR names an installed anchor folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { facePath, fontConfig } from '../src/fonts/config.ts';

export type TypstRun = {
  readonly processMs: number;
  /** CPU time of the whole process (user + system, GNU time). */
  readonly processCpuMs: number;
  readonly firstMs: number;
  readonly medianMs: number | null;
  readonly rssMb: number;
};
export type TypstAnchor = { run(renders: number): TypstRun };

const here = new URL('typst/', import.meta.url).pathname;

export function typstAnchor(example: string): TypstAnchor | undefined {
  const folder = process.env.NIANBAO_TYPST_ANCHOR;
  if (!folder || !existsSync(join(folder, 'node_modules/@myriaddreamin/typst-ts-node-compiler'))) return undefined;
  const fonts = join(folder, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const source of Object.values(fontConfig().pdf.faces)) {
    const path = facePath(source);
    const target = join(fonts, basename(path));
    if (!existsSync(target)) copyFileSync(path, target);
  }
  const source = join(folder, 'report.typ');
  writeFileSync(source, execFileSync('python3', [join(here, 'gen_typ.py'), example], { encoding: 'utf8' }));
  // typst.mjs resolves the compiler from its own folder: run a copy placed in the anchor.
  const script = join(folder, 'typst.mjs');
  copyFileSync(join(here, 'typst.mjs'), script);
  return {
    run(renders) {
      const start = performance.now();
      const child = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, script, source, fonts, String(renders)], { encoding: 'utf8', cwd: folder });
      const processMs = performance.now() - start;
      if (child.status !== 0) throw new Error(`typst anchor failed: ${child.stderr}`);
      const [user, system] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      const line = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Omit<TypstRun, 'processMs' | 'processCpuMs'>;
      return { processMs, processCpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000, ...line };
    },
  };
}
