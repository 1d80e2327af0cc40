// Stands in for tiny-inflate in nianbao's bundles (scripts/esm-banner.ts): the same raw DEFLATE
// decoding, by Node's zlib instead of JavaScript. fontkit and unicode-properties inflate their
// Unicode tries (twice each) when loaded: ≈ 15 ms of every cold start in tiny-inflate, under one
// in zlib. Same contract: fills `dest`, and returns it, or the part filled when the data is shorter.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  const length = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, length));
  return length < dest.length ? dest.slice(0, length) : dest;
};
