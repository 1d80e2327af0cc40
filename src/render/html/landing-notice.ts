/**
 * The notice on the landing page of a report stored although its checks failed: both
 * languages in the heading (a reader who scanned the code may read either), then every
 * failed rule with where it failed, in the page's language.
 */
import { escapeHtml } from './escape.ts';
import { landingStrings, type LandingLanguage } from './landing-strings.ts';

export type LandingFailure = {
  /** The rule's stable id, e.g. requests.balance. */
  readonly rule: string;
  /** What failed and where (table, row, column), in both languages. */
  readonly message: { readonly zh: string; readonly en: string };
};

const { zh, en } = landingStrings;

export function failedChecksHtml(failures: readonly LandingFailure[], lang: LandingLanguage | 'zh-en'): string {
  if (failures.length === 0) return '';
  const languages: LandingLanguage[] = lang === 'zh-en' ? ['zh', 'en'] : [lang];
  const messages = (failure: LandingFailure) =>
    languages.map((l) => `<span lang="${landingStrings[l].htmlLang}">${escapeHtml(failure.message[l])}</span>`).join('');
  const items = failures.map((failure) => `<li><code>${escapeHtml(failure.rule)}</code>${messages(failure)}</li>`);
  const body = languages.map((l) => `<p lang="${landingStrings[l].htmlLang}">${escapeHtml(landingStrings[l].failedChecks.body(failures.length))}</p>`);
  return `<section class="notice" role="note" aria-labelledby="failed-checks">
<h2 id="failed-checks"><span lang="${zh.htmlLang}">${escapeHtml(zh.failedChecks.heading)}</span><span lang="${en.htmlLang}">${escapeHtml(en.failedChecks.heading)}</span></h2>
${body.join('\n')}
<ol>
${items.join('\n')}
</ol>
</section>`;
}
