/**
 * The shell of every HTML page: one self-contained document that loads nothing. Its
 * Content-Security-Policy forbids every fetch and script and allows only its own
 * <style> element, by hash — so even a string that slipped past escaping could not run.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.ts';

export type PageParts = {
  /** BCP 47 language of the page. */
  readonly lang: string;
  readonly title: string;
  /** <meta name> → content, in order. */
  readonly meta: readonly (readonly [name: string, content: string])[];
  readonly css: string;
  readonly body: string;
};

/** The policy a page carries: nothing may load, and only the style with this exact text applies. */
function contentSecurityPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

const styleElement = /<style>([\s\S]*?)<\/style>/;

/**
 * The same policy for the HTTP header of a page `htmlPage` made, its <style> text read back
 * and hashed alike, so the header allows exactly what the page's own meta policy allows.
 * A header can also forbid framing, which a meta policy cannot.
 */
export function headerPolicy(html: string): string {
  const css = styleElement.exec(html)?.[1];
  if (css === undefined) throw new TypeError('not a page htmlPage made: it has no <style> element');
  return `${contentSecurityPolicy(css)}; frame-ancestors 'none'`;
}

export function htmlPage(parts: PageParts): string {
  const meta = parts.meta
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(parts.css))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
${meta}
<style>${parts.css}</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}
