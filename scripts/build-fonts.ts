/**
 * Readies a face for a bundle: `tsx scripts/build-fonts.ts [--core] FROM TO` writes FROM
 * (TrueType, or WOFF 1 unpacked) as TrueType without the layout tables
 * (src/fonts/prepared-faces.ts), so a bundled function parses its faces as read instead of
 * unpacking and copying 40 MB at every start. TO keeps the name fonts.json gives the face; the
 * loader recognises the content, not the name.
 *
 * Without `--core` every glyph stays: the coverage preflight still decides what can be drawn.
 * With it, TO is the face's core (src/fonts/core-faces.ts: outlines of the core characters
 * only, same glyph ids and metrics), written with the whole face's coverage beside it; the
 * render function's bundle carries cores (cdk/nianbao-function.ts), its whole faces are S3
 * assets (cdk/whole-faces.ts). The CLI bundle readies its faces with the same function
 * (scripts/build-cli.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readyFace, writeCoreFace } from '../src/fonts/prepared-faces.ts';

const args = process.argv.slice(2);
const core = args[0] === '--core';
const [from, to, ...rest] = core ? args.slice(1) : args;
const face = /\.(ttf|woff)$/i;
if (!from || !to || rest.length > 0 || !face.test(from) || !face.test(to)) {
  console.error('usage: tsx scripts/build-fonts.ts [--core] FROM.ttf|.woff TO.ttf|.woff');
  process.exit(2);
}
mkdirSync(dirname(to), { recursive: true });
const readied = readyFace(readFileSync(from));
if (core) writeCoreFace(readied, to);
else writeFileSync(to, readied);
