/**
 * Trims a TrueType face for a bundle: `tsx scripts/build-fonts.ts FROM.ttf TO.ttf` writes
 * FROM without the layout tables (src/fonts/sfnt-tables.ts), so a bundled function reads
 * its faces ready to parse instead of copying 40 MB at every start. Every glyph stays: the
 * coverage preflight still decides what can be drawn. Run by the render function's
 * bundling (cdk/nianbao-function.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { layoutTables, withoutTables } from '../src/fonts/sfnt-tables.ts';

const [from, to] = process.argv.slice(2);
if (!from || !to || !/\.ttf$/i.test(from) || !/\.ttf$/i.test(to)) {
  console.error('usage: tsx scripts/build-fonts.ts FROM.ttf TO.ttf');
  process.exit(2);
}
mkdirSync(dirname(to), { recursive: true });
writeFileSync(to, withoutTables(readFileSync(from), layoutTables));
