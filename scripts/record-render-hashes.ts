/**
 * Records the SHA-256 of every example rendered to PDF and Word in Chinese and bilingually,
 * into tests/render/fixtures/render-hashes.json; tests/render/render-hashes.test.ts renders
 * them again and expects the same bytes. Re-run after a deliberate change of the output:
 * `npx tsx scripts/record-render-hashes.ts`.
 */
import { writeFileSync } from 'node:fs';
import { renderHashes } from '../tests/render/render-hashes.ts';

const file = new URL('../tests/render/fixtures/render-hashes.json', import.meta.url);
const hashes = await renderHashes();
writeFileSync(file, `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`record-render-hashes: ${Object.keys(hashes).length} renders → ${file.pathname}`);
