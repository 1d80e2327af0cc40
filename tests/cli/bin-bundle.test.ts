/**
 * The bundled CLI (scripts/build-cli-options.ts), built into a temporary project beside its
 * own fonts/ folder, renders the same PDF bytes as the TypeScript sources: fonts and bundled
 * dependencies are found from the bundle's location, not from src/, and the faces it reads
 * readied from dist/faces/ give the same bytes as the faces the sources unpack and trim.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';
import { reportOutsideCore } from '../fixtures/outside-core.ts';
import { cliBuildOptions, unwatchedInputs, writeCliBundleFiles } from '../../scripts/build-cli-options.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

let inputs: string[];
let bundledModules: string[];
beforeAll(async () => {
  // Two folders deep in tmp, so a lookup relative to src/fonts/ (../../fonts) would miss.
  symlinkSync(join(repoRoot, 'fonts'), join(project, 'fonts'), 'dir');
  symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
  const { metafile } = await build(cliBuildOptions(repoRoot, join(project, 'dist')));
  writeCliBundleFiles(repoRoot, join(project, 'dist'));
  writeFileSync(withZhe, JSON.stringify(reportOutsideCore()));
  inputs = unwatchedInputs(metafile);
  // What reached the output: esbuild reads (and lists in `inputs`) modules it then shakes out.
  bundledModules = Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([, used]) => used.bytesInOutput > 0).map(([path]) => path),
  );
});

/** huaian-2024 with 喆, outside the faces' cores, in its first paragraph (drawn in the body face). */
const withZhe = join(project, 'huaian-2024-zhe.json');

/** Renders a report (huaian-2024 unless named) to a fresh folder; returns the exit status and the PDF's bytes. */
function render(command: readonly string[], name: string, report = 'examples/huaian-2024.json') {
  const out = join(project, name);
  const run = spawnSync(process.execPath, [...command, 'render', report, '--format', 'pdf', '--out', out], {
    cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
  });
  const pdf = (existsSync(out) ? readdirSync(out) : []).find((file) => file.endsWith('.pdf'));
  return { status: run.status, stderr: run.stderr, bytes: pdf === undefined ? undefined : readFileSync(join(out, pdf)) };
}

describe('the bundled CLI', () => {
  it('is built only from inputs the freshness check watches', () => {
    expect(inputs).toEqual([]);
  });

  it("leaves out zod's translations but the English one (`import * as z` lets esbuild drop the rest)", () => {
    const locales = bundledModules.filter((path) => path.includes('zod/v4/locales/'));
    expect(locales.map((path) => path.replace(/^.*\//, ''))).toEqual(['en.js']);
  });

  it('carries every configured face readied, whole and as its core, each made from the file the sources read', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'dist/faces/faces.json'), 'utf8')) as { source: string; file: string; core: string }[];
    const faces = fontConfig().pdf.faces;
    expect(manifest.map((entry) => entry.file)).toEqual(Object.keys(faces).map((id) => `${id}.ttf`));
    expect(manifest.map((entry) => entry.core)).toEqual(Object.keys(faces).map((id) => `${id}.core.ttf`));
    expect(manifest.map((entry) => resolve(project, 'dist', entry.source))).toEqual(Object.values(faces).map(facePath));
  });

  it('renders the same PDF bytes as the sources run through tsx', () => {
    const bundled = render([join(project, 'dist/nianbao.mjs')], 'bundled');
    // The one line on stderr says the local render carries no QR code; nothing else may show.
    expect([bundled.status, bundled.stderr]).toEqual([0, '未指定 --base-url：文件不带二维码 / no --base-url: the files carry no QR code\n']);
    const sources = render(['--import', 'tsx', 'src/cli/main.ts'], 'sources');
    expect(sources.status).toBe(0);
    expect(bundled.bytes?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bundled.bytes?.equals(sources.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('draws a character outside the cores with the whole face it carries, in the bytes the sources give', () => {
    const bundled = render([join(project, 'dist/nianbao.mjs')], 'bundled-zhe', withZhe);
    const sources = render(['--import', 'tsx', 'src/cli/main.ts'], 'sources-zhe', withZhe);
    expect([bundled.status, sources.status]).toEqual([0, 0]);
    expect(bundled.bytes?.equals(sources.bytes ?? Buffer.alloc(0))).toBe(true);
    const whole = join(project, 'dist/faces/serif.ttf');
    const original = readFileSync(whole);
    rmSync(whole);
    try {
      // Without the whole body face, 喆 cannot be drawn: the render fails instead of printing a blank.
      expect(render([join(project, 'dist/nianbao.mjs')], 'no-whole-zhe', withZhe).status).toBe(70);
    } finally {
      writeFileSync(whole, original);
    }
  });

  it('draws with the readied cores it carries, not with the faces the sources would unpack', () => {
    const kai = join(project, 'dist/faces/kai.core.ttf');
    const original = readFileSync(kai);
    copyFileSync(join(project, 'dist/faces/sans.core.ttf'), kai);
    try {
      const swapped = render([join(project, 'dist/nianbao.mjs')], 'swapped');
      expect(swapped.status).toBe(0);
      expect(swapped.bytes?.includes(Buffer.from('LXGWWenKai', 'latin1')), '楷体 headings now in the swapped-in face').toBe(false);
    } finally {
      writeFileSync(kai, original);
    }
  });
});
