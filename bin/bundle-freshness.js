/**
 * Whether the built CLI (dist/nianbao.mjs, made by scripts/build-cli.ts) may run: only while
 * it is newer than everything it was built from. Plain JavaScript, because it runs before
 * anything can load TypeScript.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bundle's entry; the build sets its mtime to the moment the build started. */
export const bundleEntry = 'dist/nianbao.mjs';

/**
 * What the bundle is built from, relative to the project root and written as esbuild names
 * its inputs. Our code lies under the folders; the dependencies bundled in change only
 * through npm, which rewrites the lock files. The build refuses any input these do not
 * cover (scripts/build-cli-options.ts), and fonts/ is read at run time, not bundled.
 */
export const bundleSources = {
  folders: ['src', 'templates'],
  files: [
    'bin/bundle-freshness.js',
    'package.json',
    'package-lock.json',
    'node_modules/.package-lock.json',
    'tsconfig.json',
    'scripts/build-cli.ts',
    'scripts/build-cli-options.ts',
    'scripts/esm-banner.ts',
  ],
};

const mtimeOf = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs;

/**
 * The newest mtime under a folder, the folders included: a folder's mtime moves when an
 * entry is added, removed or renamed, which a walk over the remaining files cannot see.
 */
function newestUnder(folder) {
  let newest = mtimeOf(folder) ?? 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : (mtimeOf(path) ?? 0));
  }
  return newest;
}

/** True when the bundle exists and no source is as new as it (a tie counts as stale). */
export function isBundleFresh(root) {
  const built = mtimeOf(join(root, bundleEntry));
  if (built === undefined) return false;
  const files = bundleSources.files.map((file) => mtimeOf(join(root, file)) ?? 0);
  const folders = bundleSources.folders.map((folder) => newestUnder(join(root, folder)));
  return Math.max(...files, ...folders) < built;
}
