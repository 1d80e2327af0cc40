#!/usr/bin/env node
// Starts the esbuild bundle (`npm run build`; starts in a fraction of tsx's time) only while it
// is newer than every source it was built from; otherwise runs the TypeScript through tsx, so
// an edit is never shadowed by an old build and no build step is needed to run at all.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEntry, isBundleFresh } from './bundle-freshness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (isBundleFresh(root)) {
  // V8's code cache for the bundle's modules (≈ 30 ms a start), kept by Node in
  // os.tmpdir()/node-compile-cache or NODE_COMPILE_CACHE, per Node version and checked
  // against each module's source; a folder it cannot write only leaves it off, never throws.
  enableCompileCache();
  await import(pathToFileURL(join(root, bundleEntry)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
