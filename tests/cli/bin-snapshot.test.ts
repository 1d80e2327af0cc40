/**
 * The CLI's startup snapshot (src/cli/snapshot.ts) and its launcher, bin/nianbao, built the way
 * `npm run build` builds them into a temporary project. Started from the snapshot, the command
 * renders the sources' bytes, reads the faces as they are at run time, and passes its command
 * line through whole. It is started only by the Node that built it, and runs only as the
 * current build in the place it was built; otherwise the same command line runs without it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, cliBuildOptions, snapshotBuildOptions, snapshotFiles, writeCliBundleFiles } from '../../scripts/build-cli-options.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'nianbao-snapshot-'));
const project = join(work, 'project');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An hour ago: the temporary project's own sources, older than its build. */
const before = Math.floor(Date.now() / 1000) - 3600;
const bundleEntry = join(project, 'dist/nianbao.mjs');
const blob = join(project, 'dist', snapshotFiles.blob);

/** Writes a file an hour old (sources are older than the build unless a test says otherwise). */
function writeOld(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  utimesSync(path, before, before);
}

beforeAll(async () => {
  mkdirSync(project);
  symlinkSync(join(repoRoot, 'fonts'), join(project, 'fonts'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  // The project's sources are stand-ins, so a run that falls back to them says so.
  writeOld(join(project, 'src/cli/main.ts'), "process.stdout.write('sources');\n");
  writeOld(join(project, 'templates/annual-report/labels.ts'), 'export {};\n');
  for (const folder of ['src/cli', 'src', 'templates/annual-report', 'templates']) utimesSync(join(project, folder), before, before);
  mkdirSync(join(project, 'bin'));
  for (const file of ['nianbao', 'nianbao.js', 'bundle-freshness.js']) {
    copyFileSync(join(repoRoot, 'bin', file), join(project, 'bin', file));
    utimesSync(join(project, 'bin', file), before, before);
  }
  const outdir = join(project, 'dist');
  await build(cliBuildOptions(repoRoot, outdir));
  writeCliBundleFiles(repoRoot, outdir);
  await build(snapshotBuildOptions(repoRoot, outdir));
  buildSnapshot(repoRoot, outdir);
  // The bundle's entry, keeping its time, now only names itself: a run that reaches it says so.
  const { mtime } = statSync(bundleEntry);
  writeFileSync(bundleEntry, "process.stdout.write('bundle');\n");
  utimesSync(bundleEntry, mtime, mtime);
}, 120_000);

/** The `node` on PATH is the one running the tests, which built the snapshot. */
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };

/** Runs a project's launcher, bin/nianbao, from the repository folder. */
const launch = (args: readonly string[], root = project) =>
  spawnSync(join(root, 'bin/nianbao'), args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env });

/** Renders huaian-2024 to a fresh folder; returns the run and the PDF's bytes. */
function render(run: (args: readonly string[]) => ReturnType<typeof spawnSync>, name: string) {
  const out = join(work, name);
  const result = run(['render', 'examples/huaian-2024.json', '--format', 'pdf', '--out', out]);
  const pdf = (existsSync(out) ? readdirSync(out) : []).find((file) => file.endsWith('.pdf'));
  return { status: result.status, bytes: pdf === undefined ? undefined : readFileSync(join(out, pdf)) };
}

describe('bin/nianbao started from the snapshot', () => {
  it('renders the same PDF bytes as the sources, without reading the bundle', () => {
    const snapshot = render(launch, 'snapshot');
    const sources = render((args) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 }), 'sources');
    expect([snapshot.status, sources.status]).toEqual([0, 0]);
    expect(snapshot.bytes?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(snapshot.bytes?.equals(sources.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it("passes options Node would take for its own through to nianbao, and returns nianbao's exit codes", () => {
    const version = launch(['--version']);
    expect([version.status, version.stdout]).toEqual([0, `nianbao ${(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version}\n`]);
    expect(launch(['validate', 'examples/hailin-2020.json']).status).toBe(1);
    expect(launch(['render', '--no-such-option']).status).toBe(2);
  });

  it('reads the faces as they are when it runs, not as the snapshot was built', () => {
    const kai = join(project, 'dist/faces/kai.core.ttf');
    const original = readFileSync(kai);
    copyFileSync(join(project, 'dist/faces/sans.core.ttf'), kai);
    try {
      const swapped = render(launch, 'swapped');
      expect(swapped.status).toBe(0);
      expect(swapped.bytes?.includes(Buffer.from('LXGWWenKai', 'latin1')), '楷体 headings now in the swapped-in face').toBe(false);
    } finally {
      writeFileSync(kai, original);
    }
    expect(render(launch, 'restored').bytes?.includes(Buffer.from('LXGWWenKai', 'latin1'))).toBe(true);
  });
});

describe('bin/nianbao without the snapshot', () => {
  it('runs bin/nianbao.js when the node on PATH did not build the snapshot', () => {
    const recorded = join(project, 'dist', snapshotFiles.node);
    const builtBy = readFileSync(recorded, 'utf8');
    writeFileSync(recorded, '/elsewhere/bin/node\n');
    try {
      expect(launch([]).stdout).toBe('bundle');
    } finally {
      writeFileSync(recorded, builtBy);
    }
  });

  it('runs bin/nianbao.js when the node on PATH is newer than the snapshot', () => {
    const { mtime } = statSync(blob);
    utimesSync(blob, 0, 0);
    try {
      expect(launch([]).stdout).toBe('bundle');
    } finally {
      utimesSync(blob, mtime, mtime);
    }
  });

  it('hands the command line to the sources once one of them is newer than the build', () => {
    const main = join(project, 'src/cli/main.ts');
    utimesSync(main, new Date(), new Date());
    try {
      const result = launch(['--version']);
      expect([result.status, result.stdout]).toEqual([0, 'sources']);
    } finally {
      utimesSync(main, before, before);
    }
    expect(launch(['--version']).stdout).toMatch(/^nianbao /);
  });

  it('hands the command line over when the project was moved after the build', () => {
    const moved = join(work, 'moved');
    cpSync(project, moved, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    // Copying into a folder moves its time, which the freshness check reads.
    for (const folder of ['src/cli', 'src', 'templates/annual-report', 'templates']) utimesSync(join(moved, folder), before, before);
    writeFileSync(join(moved, 'dist/nianbao.mjs'), "process.stdout.write('moved bundle');\n");
    utimesSync(join(moved, 'dist/nianbao.mjs'), statSync(bundleEntry).mtime, statSync(bundleEntry).mtime);
    expect(launch([], moved).stdout).toBe('moved bundle');
  });
});
