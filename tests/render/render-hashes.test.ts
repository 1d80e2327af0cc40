/**
 * Speed work must not change the output: each example's PDF and Word file, in Chinese and
 * bilingually, hashes as recorded (scripts/record-render-hashes.ts re-records after a
 * deliberate change). Rendered twice in one process, so state kept between documents
 * (parsed faces, measurement caches) cannot change the second render either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHashes } from './render-hashes.ts';

const recorded = JSON.parse(readFileSync(new URL('fixtures/render-hashes.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('render output', () => {
  it('has the recorded bytes, first and second time in one process', async () => {
    expect(Object.keys(recorded)).toHaveLength(8);
    expect(await renderHashes()).toEqual(recorded);
    expect(await renderHashes()).toEqual(recorded);
  }, 120_000);
});
