// pdfkit's CommonJS build, which requires the CommonJS fontkit (src/fonts/fontkit.cjs).
// Imported as ESM, pdfkit 0.20 loads its Node ESM build and with it fontkit's ESM build: a
// second fontkit, on which the face handles (face-handles.ts) are not registered.
module.exports = require('pdfkit');
