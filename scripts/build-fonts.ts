/**
 * Readies a face for a bundle: `tsx scripts/build-fonts.ts FROM TO` writes FROM (TrueType,
 * or WOFF 1 unpacked) as TrueType without the layout tables (src/fonts/prepared-faces.ts),
 * so a bundled function parses its faces as read instead of unpacking and copying 40 MB at
 * every start. TO keeps the name fonts.json gives the face; the loader recognises the
 * content, not the name. Every glyph stays: the coverage preflight still decides what can be
 * drawn. Run by the render function's bundling (cdk/nianbao-function.ts); the CLI bundle
 * readies its faces with the same function (scripts/build-cli.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readyFace } from '../src/fonts/prepared-faces.ts';

const [from, to] = process.argv.slice(2);
const face = /\.(ttf|woff)$/i;
if (!from || !to || !face.test(from) || !face.test(to)) {
  console.error('usage: tsx scripts/build-fonts.ts FROM.ttf|.woff TO.ttf|.woff');
  process.exit(2);
}
mkdirSync(dirname(to), { recursive: true });
writeFileSync(to, readyFace(readFileSync(from)));
