// Stands in for brotli/decompress.js in nianbao's bundles (scripts/esm-banner.ts). fontkit
// needs brotli only to open WOFF2 faces, and fonts/fonts.json takes TrueType files alone
// (src/fonts/config.ts): the bundles leave out 800 KB of decoder, and the start-up work of
// building its dictionary.
module.exports = function decompress() {
  throw new Error('WOFF2 faces are not supported: configure TrueType (.ttf) files in fonts/fonts.json');
};
