/**
 * The HTML renderer: the whole document model as one self-contained page (the same
 * markup the landing page embeds), UTF-8 encoded. Deterministic: no dates, no ids.
 */
import type { DocumentModel } from '../../model/document.ts';
import { fileTypes, type Renderer } from '../renderer.ts';
import { blocksHtml } from './blocks.ts';
import { htmlPage } from './page.ts';
import { qrHtml } from './qr.ts';
import { stylesheet } from './stylesheet.ts';

/** The <meta> tags that carry the document's metadata. */
export function metadataTags(model: DocumentModel): [string, string][] {
  const { author, subject, keywords, date } = model.metadata;
  return [
    ['author', author],
    ['description', subject],
    ['keywords', keywords.join(', ')],
    ['dcterms.created', date],
  ];
}

export async function renderHtml(model: DocumentModel): Promise<string> {
  const content = blocksHtml(model.blocks);
  const qr = model.qr === undefined ? '' : await qrHtml(model.qr);
  return htmlPage({
    lang: model.metadata.language,
    title: model.metadata.title,
    meta: metadataTags(model),
    css: stylesheet(model.layout, [content.css]),
    body: `<main>\n${content.html}\n</main>${qr}`,
  });
}

export const htmlRenderer = {
  ...fileTypes.html,
  render: async (model) => new TextEncoder().encode(await renderHtml(model)),
} satisfies Renderer;
