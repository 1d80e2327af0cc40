/**
 * The banner and define both ESM bundles share — the CLI's (scripts/build-cli-options.ts)
 * and the Lambdas' (cdk/nianbao-function.ts). Bundled CommonJS dependencies still require()
 * Node's built-in modules and name paths from __dirname and __filename (pdfkit 0.20 reads
 * its sRGB profile from beside its own file): the banner gives an ESM bundle all three,
 * and the define points their free __dirname and __filename at the bundle's own.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const esmBanner = [
  "import { createRequire as __nbCreateRequire } from 'node:module';",
  "import { dirname as __nbDirname } from 'node:path';",
  "import { fileURLToPath as __nbFileURLToPath } from 'node:url';",
  'const require = __nbCreateRequire(import.meta.url);',
  'const __nbBundleFile = __nbFileURLToPath(import.meta.url);',
  'const __nbBundleDir = __nbDirname(__nbBundleFile);',
].join(' ');

export const esmDefine = { __dirname: '__nbBundleDir', __filename: '__nbBundleFile' } as const;

/**
 * Files a bundled dependency reads from its own __dirname at run time, to copy beside every
 * bundle: pdfkit's sRGB profile, the output intent of PDF/A files.
 */
export const bundleAssets = [
  { from: 'node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', to: 'data/sRGB_IEC61966_2_1.icc' },
] as const;

/** Copies the bundle assets from the project into a bundle's folder. */
export function copyBundleAssets(root: string, outdir: string): void {
  for (const asset of bundleAssets) {
    mkdirSync(dirname(join(outdir, asset.to)), { recursive: true });
    copyFileSync(join(root, asset.from), join(outdir, asset.to));
  }
}

/** Modules the bundles replace (esbuild `alias`, paths from the project root). */
export const bundleAlias = {
  'brotli/decompress.js': './src/fonts/no-woff2.cjs',
  '@noble/ciphers/aes': './src/render/pdf/no-encryption.cjs',
  'tiny-inflate': './src/fonts/native-inflate.cjs',
  http: './src/storage/node-http.cjs',
  'node:http': './src/storage/node-http.cjs',
} as const;

/** esbuild options every nianbao bundle shares (the CLI's, the bench's): ESM for Node, with the banner, defines and aliases above. */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: { js: esmBanner },
  define: esmDefine,
  alias: bundleAlias,
  logLevel: 'warning',
} as const;
