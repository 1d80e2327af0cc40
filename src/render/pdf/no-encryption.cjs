// Stands in for @noble/ciphers/aes in nianbao's bundles (scripts/esm-banner.ts). pdfkit needs AES
// only to encrypt a PDF with a password; nianbao never asks it to (src/render/pdf/pdf-writer.ts
// passes no userPassword/ownerPassword: an archival PDF/A file may not be encrypted), so the
// bundles leave out the cipher and the tables it builds when loaded.
const notUsed = () => {
  throw new Error('PDF encryption is not used by nianbao');
};
module.exports = { cbc: notUsed, ecb: notUsed };
