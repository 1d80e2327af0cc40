/**
 * The public landing page a QR code leads to: the document model as a phone-first page,
 * with the agency, year and publication date on top, a download button and SHA-256
 * fingerprint per file, and a plain link to the page in the other language. It knows
 * nothing of annual reports — the service hands it a model and the page data — and it
 * has no script at all: it works, and is safe, with scripts disabled.
 */
import type { DocumentModel } from '../../model/document.ts';
import { blocksHtml } from './blocks.ts';
import { escapeHtml, safeHref } from './escape.ts';
import { landingCss } from './landing-css.ts';
import { landingStrings, type LandingLanguage, type LandingStrings } from './landing-strings.ts';
import { htmlPage } from './page.ts';
import { metadataTags } from './renderer.ts';
import { stylesheet } from './stylesheet.ts';

export type LandingDownload = {
  /** The format's name as readers know it, e.g. PDF, Word. */
  readonly label: string;
  readonly href: string;
  /** Lower-case hex SHA-256 of the file. */
  readonly sha256: string;
  readonly bytes: number;
};

export type LandingHeader = {
  readonly title: string;
  readonly agency: string;
  readonly year: number;
  /** ISO date, YYYY-MM-DD. */
  readonly publishedOn: string;
};

export type LandingPageInput = {
  readonly model: DocumentModel;
  /** The page's own words: Chinese for `zh` and for the bilingual `zh-en` document, else English. */
  readonly lang: LandingLanguage | 'zh-en';
  /** The same page in the other language (e.g. `?lang=en`). */
  readonly alternateLangUrl: string;
  readonly header: LandingHeader;
  readonly downloads: readonly LandingDownload[];
  /** Other pages the document gathers (an aggregate's member reports), listed after the downloads. */
  readonly related?: { readonly heading: string; readonly links: readonly { readonly label: string; readonly href: string }[] };
  /** Some paragraphs have no text in the page's language and are shown in Chinese: the page says so first. */
  readonly untranslated?: boolean;
};

/** Sizes in the units a reader expects, rounded to one decimal place. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1)} ${unit}`;
}

function dateHtml(iso: string, words: LandingStrings): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const text = parts === null ? iso : words.date(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>`;
}

function mastheadHtml(input: LandingPageInput, words: LandingStrings): string {
  const other = landingStrings[input.lang === 'en' ? 'zh' : 'en'];
  const { title, agency, year, publishedOn } = input.header;
  return `<header class="masthead">
<nav class="lang-toggle"><a href="${safeHref(input.alternateLangUrl)}" hreflang="${other.htmlLang}" lang="${other.htmlLang}">${escapeHtml(other.languageName)}</a></nav>
<p class="agency">${escapeHtml(agency)}</p>
<h1>${escapeHtml(title)}</h1>
<dl class="facts"><div><dt>${escapeHtml(words.year)}</dt><dd>${escapeHtml(String(year))}</dd></div><div><dt>${escapeHtml(words.publishedOn)}</dt><dd>${dateHtml(publishedOn, words)}</dd></div></dl>
</header>`;
}

const hintHtml = (parts: readonly string[]): string =>
  parts.map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');

function downloadsHtml(downloads: readonly LandingDownload[], words: LandingStrings): string {
  const items = downloads.map(
    (d) => `<li><a class="button" href="${safeHref(d.href)}">${escapeHtml(words.download(d.label))}</a><span class="size">${formatBytes(d.bytes)}</span>
<p class="fingerprint"><span>${escapeHtml(words.fingerprint)}</span><code>${escapeHtml(d.sha256)}</code></p></li>`,
  );
  return `<section class="downloads" aria-labelledby="downloads">
<h2 id="downloads">${escapeHtml(words.downloads)}</h2>
<ul>
${items.join('\n')}
</ul>
<p class="hint">${hintHtml(words.checkHint)}</p>
</section>`;
}

function relatedHtml(related: NonNullable<LandingPageInput['related']>): string {
  const items = related.links.map((link) => `<li><a href="${safeHref(link.href)}">${escapeHtml(link.label)}</a></li>`);
  return `<nav class="related" aria-labelledby="related">
<h2 id="related">${escapeHtml(related.heading)}</h2>
<ul>
${items.join('\n')}
</ul>
</nav>`;
}

export function landingPage(input: LandingPageInput): string {
  const words = landingStrings[input.lang === 'en' ? 'en' : 'zh'];
  // The masthead carries the title as the page's <h1>; the document's own title block would repeat it.
  const content = blocksHtml(input.model.blocks.filter((block) => block.type !== 'title'));
  return htmlPage({
    lang: words.htmlLang,
    title: input.header.title,
    meta: metadataTags(input.model),
    css: stylesheet(input.model.layout, [landingCss, content.css]),
    body: `${mastheadHtml(input, words)}
${input.untranslated ? `<p class="notice" role="note">${escapeHtml(words.untranslated)}</p>` : ''}
${downloadsHtml(input.downloads, words)}${input.related === undefined ? '' : `\n${relatedHtml(input.related)}`}
<main lang="${escapeHtml(input.model.metadata.language)}" aria-label="${escapeHtml(words.report)}">
${content.html}
</main>`,
  });
}
