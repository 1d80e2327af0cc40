/**
 * The bundled CLI (scripts/build-cli-options.ts), built into a temporary project beside its
 * own fonts/ folder, renders the same PDF bytes as the TypeScript sources: fonts and bundled
 * dependencies are found from the bundle's location, not from src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions, unwatchedInputs } from '../../scripts/build-cli-options.ts';
import { copyBundleAssets } from '../../scripts/esm-banner.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

let inputs: string[];
beforeAll(async () => {
  // Two folders deep in tmp, so a lookup relative to src/fonts/ (../../fonts) would miss.
  symlinkSync(join(repoRoot, 'fonts'), join(project, 'fonts'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  const { metafile } = await build(cliBuildOptions(repoRoot, join(project, 'dist')));
  copyBundleAssets(repoRoot, join(project, 'dist'));
  inputs = unwatchedInputs(metafile);
});

/** Renders huaian-2024 to a fresh folder; returns the exit status and the PDF's bytes. */
function render(command: readonly string[], name: string) {
  const out = join(project, name);
  const run = spawnSync(process.execPath, [...command, 'render', 'examples/huaian-2024.json', '--format', 'pdf', '--out', out], {
    cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
  });
  const pdf = (existsSync(out) ? readdirSync(out) : []).find((file) => file.endsWith('.pdf'));
  return { status: run.status, stderr: run.stderr, bytes: pdf === undefined ? undefined : readFileSync(join(out, pdf)) };
}

describe('the bundled CLI', () => {
  it('is built only from inputs the freshness check watches', () => {
    expect(inputs).toEqual([]);
  });

  it('renders the same PDF bytes as the sources run through tsx', () => {
    const bundled = render([join(project, 'dist/nianbao.mjs')], 'bundled');
    expect([bundled.status, bundled.stderr]).toEqual([0, '']);
    const sources = render(['--import', 'tsx', 'src/cli/main.ts'], 'sources');
    expect(sources.status).toBe(0);
    expect(bundled.bytes?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bundled.bytes?.equals(sources.bytes ?? Buffer.alloc(0))).toBe(true);
  });
});
