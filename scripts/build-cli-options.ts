/**
 * How the CLI is bundled (scripts/build-cli.ts runs it; tests/cli/bin-bundle.test.ts builds
 * the same way into a temporary folder): one ESM entry, nianbao.mjs, and a chunk per lazily
 * loaded command beside it, dependencies included, so a new process parses a few files
 * instead of transforming hundreds of TypeScript modules.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOptions, Metafile } from 'esbuild';
import { bundleSources } from '../bin/bundle-freshness.js';
import { facePath, fontConfig } from '../src/fonts/config.ts';
import { writePreparedFaces } from '../src/fonts/prepared-faces.ts';
import { copyBundleAssets, nodeBundleOptions } from './esm-banner.ts';

/** The CommonJS bundle the startup snapshot is built from (src/cli/snapshot.ts), and the blob. */
export const snapshotFiles = { bundle: 'nianbao-snapshot.cjs', blob: 'nianbao.blob', node: 'nianbao.blob.node' } as const;

/**
 * Chunks stay flat in `outdir`: src/fonts/config.ts finds fonts/ one folder above the bundle.
 * No timestamps or absolute paths go in, so the same sources give the same bytes.
 */
export const cliBuildOptions = (root: string, outdir: string) =>
  ({
    absWorkingDir: root,
    entryPoints: { nianbao: 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    ...nodeBundleOptions,
    splitting: true,
    metafile: true,
  }) satisfies BuildOptions;

/**
 * The startup snapshot's bundle: one CommonJS file, as `node --build-snapshot` takes only a
 * single script, with the lazily loaded commands inlined. `import.meta.url` is the file's own
 * URL. Without whitespace and comments, the source the snapshot keeps is 0.7 MB smaller.
 */
export const snapshotBuildOptions = (root: string, outdir: string) =>
  ({
    absWorkingDir: root,
    entryPoints: ['src/cli/snapshot.ts'],
    outfile: join(outdir, snapshotFiles.bundle),
    ...nodeBundleOptions,
    format: 'cjs',
    banner: { js: "const __nbImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__nbImportMetaUrl' },
    minifyWhitespace: true,
    metafile: true,
  }) satisfies BuildOptions;

/**
 * Inputs the freshness check (bin/bundle-freshness.js) does not watch: a bundle built from
 * one of them could go stale unnoticed. Dependencies (wherever node_modules lies) change only
 * through npm, which rewrites the lock files it watches.
 */
export function unwatchedInputs(metafile: Metafile): string[] {
  const watched = (input: string) =>
    /(^|\/)node_modules\//.test(input) ||
    bundleSources.files.includes(input) ||
    bundleSources.folders.some((folder) => input.startsWith(`${folder}/`));
  return Object.keys(metafile.inputs).filter((input) => !watched(input));
}

/**
 * The files beside the bundle's modules: the assets bundled dependencies read, and every
 * configured face readied (src/fonts/prepared-faces.ts), so a start does not unpack and trim
 * them again.
 */
export function writeCliBundleFiles(root: string, outdir: string): void {
  copyBundleAssets(root, outdir);
  writePreparedFaces(outdir, Object.entries(fontConfig().pdf.faces).map(([id, source]) => ({ id, path: facePath(source) })));
}

/**
 * Builds the startup snapshot from its bundle, warmed up on the example report, and records
 * which Node built it: bin/nianbao starts the snapshot only with that same Node executable.
 */
export function buildSnapshot(root: string, outdir: string): void {
  const blob = join(outdir, snapshotFiles.blob);
  const args = ['--snapshot-blob', blob, '--build-snapshot', join(outdir, snapshotFiles.bundle), join(root, 'examples/huaian-2024.json')];
  const built = spawnSync(process.execPath, args, { cwd: outdir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build-cli: the startup snapshot failed: ${built.stderr}`);
  writeFileSync(join(outdir, snapshotFiles.node), `${process.execPath}\n`);
}
