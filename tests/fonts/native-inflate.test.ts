/**
 * The bundles' stand-in for tiny-inflate (src/fonts/native-inflate.cjs) answers as tiny-inflate
 * does: the same bytes, the same length, a typed array over a buffer of its own (unicode-trie
 * reads the result as a Uint32Array over its buffer), for data that fills the destination and
 * data that falls short of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { facePath, fontConfig } from '../../src/fonts/config.ts';

type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const require = createRequire(import.meta.url);
const tinyInflate = require('tiny-inflate') as Inflate;
const nativeInflate = require('../../src/fonts/native-inflate.cjs') as Inflate;

const table = readFileSync(facePath(fontConfig().pdf.faces['serif']!)).subarray(0, 200_000);
// unicode-trie stores its data deflated twice, and inflates into a buffer of the final size both times.
const twice = deflateRawSync(deflateRawSync(table));

describe('native inflate', () => {
  it.each([
    ['a font table', deflateRawSync(table), table.length],
    ['data shorter than the destination', deflateRawSync(table.subarray(0, 1000)), 4096],
    ['a twice-deflated trie, first pass', twice, table.length],
  ])('inflates %s as tiny-inflate does', (_, source, size) => {
    const ours = nativeInflate(source, new Uint8Array(size));
    const theirs = tinyInflate(source, new Uint8Array(size));
    expect(ours.length).toBe(theirs.length);
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    expect(ours.buffer.byteLength).toBe(ours.length);
  });

  it('gives back the data a twice-deflated trie holds', () => {
    const once = nativeInflate(twice, new Uint8Array(table.length));
    expect(Buffer.from(nativeInflate(once, new Uint8Array(table.length))).equals(table)).toBe(true);
  });

  it('refuses data that is not DEFLATE', () => {
    expect(() => nativeInflate(Buffer.from('not deflate data at all'), new Uint8Array(10))).toThrow();
  });
});
