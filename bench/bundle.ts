/**
 * The bench's own processes run bundled, as the CLI and the Lambdas do: one file parsed by
 * Node instead of TypeScript transformed on the fly (which would add the loader's time and
 * memory to nianbao's). Built into .tmp/bench/, inside the project so that fonts/ and
 * node_modules are found as from dist/, with the files bundled dependencies read beside it.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { copyBundleAssets, nodeBundleOptions } from '../scripts/esm-banner.ts';

export async function bundleBenchScript(root: string, entry: string): Promise<string> {
  const outfile = join(root, '.tmp/bench', entry.replace(/^.*\//, '').replace(/\.ts$/, '.mjs'));
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    ...nodeBundleOptions,
  });
  copyBundleAssets(root, dirname(outfile));
  return outfile;
}
