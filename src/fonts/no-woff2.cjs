// Stands in for brotli/decompress.js in nianbao's bundles (scripts/esm-banner.ts). fontkit
// needs brotli only to open WOFF2 faces; fonts/fonts.json takes TrueType and WOFF 1 files
// (src/fonts/config.ts), and src/fonts/woff.ts turns WOFF 1 into TrueType before fontkit
// sees it: the bundles leave out 800 KB of decoder and the start-up work of its dictionary.
module.exports = function decompress() {
  throw new Error('WOFF2 faces are not supported: configure .ttf or .woff files in fonts/fonts.json');
};
