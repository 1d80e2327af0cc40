/**
 * A renderer's library loads on its first render: validating, or rendering one format, loads no other;
 * the importer (and its HTML parser) loads only when a page is imported.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('fixtures/loaded-libraries.ts', import.meta.url));
const librariesLoaded = (...formats: string[]): string[] =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, ...formats], { encoding: 'utf8' })) as string[];

describe('the renderer registry', () => {
  it('validates with the faces alone, and loads only the library of the format rendered', () => {
    expect(librariesLoaded()).toEqual(['fontkit']);
    expect(librariesLoaded('docx', 'html')).toEqual(['fontkit']);
    expect(librariesLoaded('pdf')).toEqual(['pdfkit', 'fontkit']);
  });
});
