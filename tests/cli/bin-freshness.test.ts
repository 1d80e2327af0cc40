/**
 * bin/nianbao.js runs the built bundle only while it is newer than every source it was built
 * from: checked on a temporary project whose file times are set by hand, directly and
 * through the real bin script.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleEntry, isBundleFresh } from '../../bin/bundle-freshness.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Seconds since the epoch: sources an hour before the bundle unless a test says otherwise. */
const built = Math.floor(Date.now() / 1000);
const before = built - 3600;

let project: string;

const write = (path: string, text: string, seconds = before) => {
  const full = join(project, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, seconds, seconds);
};
const touch = (path: string, seconds: number) => utimesSync(join(project, path), seconds, seconds);

/** Folder times last: writing a file moves its folder's mtime. */
function settleFolders() {
  for (const folder of ['src/cli', 'src', 'templates/annual-report', 'templates']) touch(folder, before);
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'nianbao-fresh-'));
  write('package.json', '{ "type": "module" }\n');
  write('package-lock.json', '{}\n');
  write('node_modules/.package-lock.json', '{}\n');
  write('src/cli/main.ts', "process.stdout.write('sources');\n");
  write('templates/annual-report/labels.ts', 'export {};\n');
  write('bin/bundle-freshness.js', 'export {};\n');
  write(bundleEntry, "process.stdout.write('bundle');\n", built);
  settleFolders();
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('isBundleFresh', () => {
  it('accepts a bundle newer than every source', () => {
    expect(isBundleFresh(project)).toBe(true);
  });

  it('refuses a missing bundle', () => {
    rmSync(join(project, bundleEntry));
    expect(isBundleFresh(project)).toBe(false);
  });

  it.each(['src/cli/main.ts', 'templates/annual-report/labels.ts', 'bin/bundle-freshness.js', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'])(
    'refuses it once %s is newer',
    (path) => {
      touch(path, built + 1);
      expect(isBundleFresh(project)).toBe(false);
    },
  );

  it('refuses it when a source is exactly as old: a tie is not proof of freshness', () => {
    touch('src/cli/main.ts', built);
    expect(isBundleFresh(project)).toBe(false);
  });

  it('refuses it when a source is deleted or added, which only the folder times show', () => {
    rmSync(join(project, 'src/cli/main.ts'));
    expect(isBundleFresh(project)).toBe(false);
    write('src/cli/main.ts', 'export {};\n');
    settleFolders();
    expect(isBundleFresh(project)).toBe(true);
    writeFileSync(join(project, 'templates/annual-report/new.ts'), 'export {};\n');
    utimesSync(join(project, 'templates/annual-report/new.ts'), before, before);
    expect(isBundleFresh(project)).toBe(false);
  });
});

describe('bin/nianbao.js', () => {
  /** The real bin script in the temporary project, tsx reached through a link to node_modules/tsx. */
  const run = (env: NodeJS.ProcessEnv = process.env) => {
    for (const file of ['nianbao.js', 'bundle-freshness.js']) {
      copyFileSync(join(repoRoot, 'bin', file), join(project, 'bin', file));
      touch(join('bin', file), before);
    }
    const result = spawnSync(process.execPath, [join(project, 'bin/nianbao.js')], { encoding: 'utf8', timeout: 30_000, env });
    expect(result.stderr).toBe('');
    return result.stdout;
  };

  beforeEach(() => {
    symlinkSync(join(repoRoot, 'node_modules/tsx'), join(project, 'node_modules/tsx'), 'dir');
  });

  it('runs a fresh bundle, and the sources once one of them is newer', () => {
    expect(run()).toBe('bundle');
    touch('src/cli/main.ts', built + 1);
    expect(run()).toBe('sources');
  });

  it("keeps the bundle's compiled code in Node's compile cache, under the temporary folder", () => {
    const { NODE_COMPILE_CACHE: _unset, ...env } = process.env;
    const temporary = join(project, 'tmp');
    mkdirSync(temporary);
    expect(run({ ...env, TMPDIR: temporary })).toBe('bundle');
    const cache = join(temporary, 'node-compile-cache');
    const [versioned] = readdirSync(cache);
    expect(readdirSync(join(cache, versioned ?? '')).length).toBeGreaterThan(0);
  });

  it('runs the sources when there is no bundle', () => {
    rmSync(join(project, 'dist'), { recursive: true });
    expect(run()).toBe('sources');
  });
});
