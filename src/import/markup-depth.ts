/**
 * How deep a page's markup nests, by a linear scan of its tags. node-html-parser slows
 * down quadratically on deep chains of unclosed tags inside table cells, and recurses on
 * deep trees; a real report page nests a few dozen levels, so a page nesting far deeper
 * is refused before it is parsed.
 */
export const maxMarkupDepth = 1000;

/** Elements that close themselves or whose end tag HTML lets pages leave out. */
const unclosed = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'option', 'optgroup', 'rt', 'rp',
]);

export function markupDepth(html: string): number {
  const tags = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let deepest = 0;
  for (const [tag, closing, name = ''] of tags.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*>/g)) {
    if (unclosed.has(name.toLowerCase())) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!tag.endsWith('/>')) deepest = Math.max(deepest, (depth += 1));
  }
  return deepest;
}
