// The fontkit instance pdfkit requires. Importing fontkit as ESM would load its second
// build (dist/module.mjs) beside this one: twice the code, and a format registered on one
// (face-handles.ts) unknown to the other.
module.exports = require('fontkit');
