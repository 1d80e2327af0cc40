/**
 * `npm run build` (npm also runs it after `npm install`, as `prepare`): bundles the CLI into
 * dist/ with its faces readied in dist/faces/, and makes its startup snapshot, dist/nianbao.blob
 * (scripts/build-cli-options.ts). bin/nianbao.js runs the bundle only while it is newer than its
 * sources (bin/bundle-freshness.js), and the TypeScript through tsx otherwise; bin/nianbao starts
 * the snapshot where it can.
 */
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../bin/bundle-freshness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist');

/** A production install (`npm ci --omit=dev`) has no esbuild; the CLI then runs through tsx. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    return undefined;
  }
}

const esbuild = await loadEsbuild();
if (!esbuild) {
  console.log('build-cli: esbuild is not installed; bin/nianbao.js runs the TypeScript sources through tsx');
} else {
  const { buildSnapshot, cliBuildOptions, snapshotBuildOptions, unwatchedInputs, writeCliBundleFiles } = await import('./build-cli-options.ts');
  // Taken before any source is read, and stamped on the entry below: a file saved while the
  // build runs is then newer than the bundle, which is therefore stale, not silently old.
  const started = new Date();
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await esbuild.build(cliBuildOptions(root, outdir));
  writeCliBundleFiles(root, outdir);
  const snapshot = await esbuild.build(snapshotBuildOptions(root, outdir));
  try {
    buildSnapshot(root, outdir);
  } catch (error) {
    // A speed-up only: bin/nianbao starts bin/nianbao.js without it (tests/cli/bin-snapshot.test.ts fails instead).
    console.warn(`${(error as Error).message}\nbuild-cli: no startup snapshot; the nianbao command starts without it`);
  }
  const unwatched = [...new Set([...unwatchedInputs(metafile), ...unwatchedInputs(snapshot.metafile)])];
  if (unwatched.length > 0) {
    rmSync(outdir, { recursive: true, force: true });
    throw new Error(`build-cli: inputs outside the freshness check (list them in bin/bundle-freshness.js): ${unwatched.join(', ')}`);
  }
  utimesSync(join(root, bundleEntry), started, started);
  const outputs = Object.values(metafile.outputs);
  const megabytes = outputs.reduce((sum, output) => sum + output.bytes, 0) / 1024 / 1024;
  console.log(`build-cli: ${bundleEntry} and ${outputs.length - 1} chunks, ${megabytes.toFixed(1)} MB`);
}
