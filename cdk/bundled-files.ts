/**
 * The files the render function needs beside its bundle, read from the same configuration the
 * renderer uses (fonts/fonts.json): the configuration itself and every face it names, written
 * flat into `fonts/` (where src/fonts/config.ts looks when node_modules is absent) already
 * trimmed of the layout tables the renderer drops (scripts/build-fonts.ts); and the files
 * bundled dependencies read from beside the bundle (pdfkit's sRGB profile).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fontConfigSchema } from '../src/fonts/config.ts';
import { bundleAssets } from '../scripts/esm-banner.ts';
import type { BundledFile } from './nianbao-function.ts';

/** Relative to the bundle directory; the render function's NIANBAO_FONTS_DIR. */
export const BUNDLED_FONTS_DIR = 'fonts';

export function renderBundleFiles(projectRoot: string): BundledFile[] {
  const config = fontConfigSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'fonts/fonts.json'), 'utf8')));
  const faces = Object.values(config.pdf.faces).map((face): BundledFile =>
    'package' in face
      ? { from: `node_modules/${face.package}/${face.file}`, to: `${BUNDLED_FONTS_DIR}/${basename(face.file)}`, face: true }
      : { from: `fonts/${face.file}`, to: `${BUNDLED_FONTS_DIR}/${face.file}`, face: true },
  );
  return [{ from: 'fonts/fonts.json', to: `${BUNDLED_FONTS_DIR}/fonts.json` }, ...faces, ...bundleAssets];
}
