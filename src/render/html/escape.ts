/**
 * The one escape for every string that reaches the HTML: text content and attribute
 * values alike (attributes are always double-quoted, and quotes are escaped anyway).
 */
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/**
 * A link target the page may carry: an absolute http(s) URL or a path on this site.
 * Anything else (javascript:, data:, protocol-relative //host, or /\host which browsers
 * read as //host) is a programming error upstream, refused loudly rather than written
 * into a page.
 */
export function safeHref(href: string): string {
  const plain = !/[\s\\\u0000-\u001f\u007f]/.test(href);
  const relative = /^[/?#]/.test(href) && !href.startsWith('//');
  if (plain && (relative || /^https?:\/\/./i.test(href))) return escapeHtml(href);
  throw new TypeError(`Refusing to link to ${JSON.stringify(href)}: only http(s) URLs and site paths are allowed`);
}
