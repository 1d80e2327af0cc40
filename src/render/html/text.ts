/** A model `Text` as HTML: the text, and its secondary line (if any) set beneath it. */
import type { Text } from '../../model/document.ts';
import { escapeHtml } from './escape.ts';

export function textHtml(content: Text): string {
  const primary = escapeHtml(content.text);
  return content.secondary === undefined
    ? primary
    : `${primary}<span class="secondary">${escapeHtml(content.secondary)}</span>`;
}
