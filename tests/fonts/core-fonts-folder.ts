/**
 * A fonts folder laid out as the render function's bundle lays out its own (cdk/bundled-files.ts):
 * fonts.json, and each configured face written as its core with the whole face's coverage
 * beside it, by the same script the bundling runs (scripts/build-fonts.ts --core). The whole
 * faces, readied as the S3 assets are (cdk/whole-faces.ts), in `whole/`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type FontConfig, facePath, fontConfigSchema } from '../../src/fonts/config.ts';
import { readyFace } from '../../src/fonts/prepared-faces.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;

/** Writes the folder; answers each face id's core file and whole (readied) file. */
export function writeCoreFontsFolder(folder: string): Map<string, { core: string; whole: string }> {
  // Read here, not through fontConfig(), which would keep the project's folder for the process.
  const config: FontConfig = fontConfigSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'fonts/fonts.json'), 'utf8')));
  const files = new Map<string, { core: string; whole: string }>();
  mkdirSync(join(folder, 'whole'), { recursive: true });
  for (const [id, source] of Object.entries(config.pdf.faces)) {
    const from = facePath(source);
    const name = basename(from);
    const core = join(folder, name);
    execFileSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'scripts/build-fonts.ts'), '--core', from, core], { cwd: projectRoot });
    const whole = join(folder, 'whole', name.replace(/\.woff$/, '.ttf'));
    writeFileSync(whole, readyFace(readFileSync(from)));
    config.pdf.faces[id] = { file: name };
    files.set(id, { core, whole });
  }
  writeFileSync(join(folder, 'fonts.json'), JSON.stringify(config));
  return files;
}
