/** Text and attribute values for the XML parts nianbao writes itself. */

/** Characters XML 1.0 does not allow at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/U+FFFF): a reader refuses the part, so they are left out. */
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const withoutForbidden = (text: string) => text.replace(forbidden, '');

export const escapeXml = (text: string) =>
  withoutForbidden(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const special = /[&<>"']/g;

/** Run text as docx escaped it (apostrophes too), so the body keeps its bytes. */
export const escapeText = (text: string) => withoutForbidden(text).replace(special, (c) => entities[c]!);
