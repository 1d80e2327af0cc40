/**
 * The files the render function needs beside its bundle, read from the same configuration the
 * renderer uses (fonts/fonts.json): the configuration itself and the core of every face it
 * names (src/fonts/core-faces.ts; whole faces are S3 assets, cdk/whole-faces.ts), written flat
 * into `fonts/` (where src/fonts/config.ts looks when node_modules is absent) already trimmed
 * of the layout tables the renderer drops (scripts/build-fonts.ts); and the files bundled
 * dependencies read from beside the bundle (pdfkit's sRGB profile).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fontConfigSchema } from '../src/fonts/config.ts';
import { bundleAssets } from '../scripts/esm-banner.ts';
import type { BundledFile } from './nianbao-function.ts';

/** Relative to the bundle directory; the render function's NIANBAO_FONTS_DIR. */
export const BUNDLED_FONTS_DIR = 'fonts';

/** Each configured PDF face: its id, its file relative to the project root, and its name in the bundle's fonts/. */
export function configuredFaces(projectRoot: string): { id: string; from: string; name: string }[] {
  const config = fontConfigSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'fonts/fonts.json'), 'utf8')));
  return Object.entries(config.pdf.faces).map(([id, face]) =>
    'package' in face
      ? { id, from: `node_modules/${face.package}/${face.file}`, name: basename(face.file) }
      : { id, from: `fonts/${face.file}`, name: face.file },
  );
}

export function renderBundleFiles(projectRoot: string): BundledFile[] {
  const faces = configuredFaces(projectRoot).map(({ from, name }): BundledFile => ({ from, to: `${BUNDLED_FONTS_DIR}/${name}`, face: 'core' }));
  return [{ from: 'fonts/fonts.json', to: `${BUNDLED_FONTS_DIR}/fonts.json` }, ...faces, ...bundleAssets];
}
