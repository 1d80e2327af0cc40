/**
 * Every process entry switches zod's schema compiler off before anything parses
 * (src/zod-jitless.ts): the first parse of a report then costs a third of what it does with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { annualReport } from '../templates/annual-report/schema.ts';

const root = join(import.meta.dirname, '..');
const entries = ['src/cli/main.ts', 'src/cli/snapshot.ts', 'lambdas/api-gateway.ts', 'src/server/local.ts', 'bench/warm-process.ts'];

describe('zod without its compiler', () => {
  it.each(entries)('is the first thing %s imports', (entry) => {
    const firstImport = /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(join(root, entry), 'utf8'))?.[1];
    expect(firstImport).toMatch(/\/zod-jitless\.ts$/);
  });

  it('is set once the module is loaded, and parses reports the same', async () => {
    const report = JSON.parse(readFileSync(join(root, 'examples/huaian-2024.json'), 'utf8')) as unknown;
    const compiled = annualReport.safeParse(report);
    await import('../src/zod-jitless.ts');
    expect(z.config().jitless).toBe(true);
    expect(annualReport.safeParse(report)).toEqual(compiled);
  });
});
