/**
 * LibreOffice as a real reader of the .docx files. Word documents name their fonts rather
 * than embed them, so the conversion sees the faces nianbao ships (fonts.json) through a
 * private fontconfig file: the result then does not depend on which CJK fonts the machine
 * happens to have installed (a bare CI machine has none, and LibreOffice would set boxes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { facePath, fontConfig } from '../../../src/fonts/config.ts';
import { isWoff, woffToSfnt } from '../../../src/fonts/woff.ts';

/**
 * The folders of the shipped faces; a face shipped as WOFF is unpacked to TrueType first,
 * as a reader installing it would have it (LibreOffice does not load WOFF files).
 */
function faceFolders(folder: string): string[] {
  const unpacked = join(folder, 'unpacked-fonts');
  const dirs = Object.entries(fontConfig().pdf.faces).map(([id, face]) => {
    const path = facePath(face);
    const bytes = readFileSync(path);
    if (!isWoff(bytes)) return dirname(path);
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, `${id}.ttf`), woffToSfnt(bytes));
    return unpacked;
  });
  return [...new Set(dirs)];
}

function fontconfigFile(folder: string): string {
  const dirs = faceFolders(folder);
  const file = join(folder, 'fonts.conf');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      ...dirs.map((dir) => `  <dir>${dir}</dir>`),
      `  <cachedir>${join(folder, 'fontconfig-cache')}</cachedir>`,
      '</fontconfig>',
    ].join('\n'),
  );
  return file;
}

/** Converts each .docx to PDF in `folder` with a private profile; returns soffice's output. */
export function convertToPdf(folder: string, files: readonly string[]): string {
  const conversion = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: fontconfigFile(folder) } },
  );
  const log = `${conversion.stdout}${conversion.stderr}`;
  if (conversion.status !== 0) throw new Error(`soffice failed (${conversion.status}): ${log}`);
  return log;
}
