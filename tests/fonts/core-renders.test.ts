/**
 * Rendering with core faces, as the render function's bundle does (tests/fonts/core-fonts-folder.ts):
 * the examples, drawn only with core characters, give the very bytes the whole faces give
 * (the recorded hashes); a character outside the core is refused while no whole face can be
 * had, and otherwise drawn after fetching the one whole face that has it, in the bytes the CLI
 * (whole faces from node_modules) writes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadedFaces, offerWholeFaces, WholeFaceUnavailableError } from '../../src/fonts/faces.ts';
import { RenderRejectedError, renderReport } from '../../src/service/render-report.ts';
import { reportOutsideCore } from '../fixtures/outside-core.ts';
import { renderHashes } from '../render/render-hashes.ts';
import { writeCoreFontsFolder } from './core-fonts-folder.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;
const recorded = JSON.parse(readFileSync(new URL('../render/fixtures/render-hashes.json', import.meta.url), 'utf8')) as Record<string, string>;
const folder = mkdtempSync(join(tmpdir(), 'nianbao-core-renders-'));
let files: Map<string, { core: string; whole: string }>;

const options = { formats: ['pdf'] as const, lang: 'zh' as const, layout: 'official' as const };

/** Offers every whole face, read from disk; answers the ids fetched. */
function offerFromDisk(): string[] {
  const fetched: string[] = [];
  offerWholeFaces(new Map([...files].map(([id, { whole }]) => [
    id,
    async () => {
      fetched.push(id);
      return readFileSync(whole);
    },
  ])));
  return fetched;
}

beforeAll(() => {
  files = writeCoreFontsFolder(folder);
  process.env.NIANBAO_FONTS_DIR = folder;
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('core faces', () => {
  it('are what the process loads, knowing no whole face yet', () => {
    const serif = loadedFaces().get('serif')!;
    expect(serif.path).toBe(files.get('serif')!.core);
    expect(serif.whole).toBeUndefined();
  });

  it('render both examples, PDF and Word, Chinese and bilingual, in the recorded bytes', async () => {
    expect(await renderHashes()).toEqual(recorded);
  }, 120_000);

  it('refuse a character outside the core (font.coverage) while no whole face is offered', async () => {
    const refused = await renderReport(reportOutsideCore(), options).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RenderRejectedError);
    expect((refused as RenderRejectedError).findings.filter((f) => f.rule === 'font.coverage').map((f) => [f.found, f.path])).toEqual([['U+5586', '$.preamble[0].zh']]);
  });

  it('fetch nothing for a report of core characters, and answer for what the whole faces cover', async () => {
    const fetched = offerFromDisk();
    expect(loadedFaces().get('serif')!.whole).toBeDefined();
    expect(await renderHashes()).toEqual(recorded);
    expect(fetched).toEqual([]);
  }, 120_000);

  it('draw a character outside the core after fetching the one whole face that has it, as the CLI does', async () => {
    const fetched = offerFromDisk();
    const [first, second] = await Promise.all([renderReport(reportOutsideCore(), options), renderReport(reportOutsideCore(), options)]);
    expect(fetched, 'one fetch, shared by concurrent renders').toEqual(['serif']);
    expect(loadedFaces().get('serif')!.path).toBe(files.get('serif')!.core);
    expect(loadedFaces().get('serif')!.whole, 'the whole face in place of the core').toBeUndefined();
    expect(loadedFaces().get('sans')!.whole).toBeDefined();
    const pdf = first.files[0]!.bytes;
    expect(Buffer.from(second.files[0]!.bytes).equals(Buffer.from(pdf))).toBe(true);

    const work = mkdtempSync(join(folder, 'cli-'));
    writeFileSync(join(work, 'in.json'), JSON.stringify(reportOutsideCore()));
    const { NIANBAO_FONTS_DIR: _cores, ...env } = process.env;
    execFileSync(process.execPath, [join(projectRoot, 'bin/nianbao.js'), 'render', join(work, 'in.json'), '--out', work], { cwd: projectRoot, env, stdio: 'pipe' });
    const written = readdirSync(work).find((name) => name.endsWith('.pdf'))!;
    expect(Buffer.from(pdf).equals(readFileSync(join(work, written))), 'the CLI’s bytes').toBe(true);
    writeFileSync(join(work, 'core.pdf'), pdf);
    expect(execFileSync('pdftotext', [join(work, 'core.pdf'), '-'], { encoding: 'utf8' })).toContain('张喆同志');

    expect(await renderHashes(), 'core-only reports after the load').toEqual(recorded);
    expect(fetched).toEqual(['serif']);
  }, 120_000);

  it('answer a failed fetch with a retryable storage error, never a blank glyph', async () => {
    offerWholeFaces(new Map([['serif', () => Promise.reject(new Error('connection refused'))]]));
    const failed = await renderReport(reportOutsideCore(), options).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(WholeFaceUnavailableError);
    expect((failed as WholeFaceUnavailableError).code).toBe('storage_unavailable');
    expect(loadedFaces().get('serif')!.whole, 'the core stays, its whole face still to be fetched').toBeDefined();
  });
});
