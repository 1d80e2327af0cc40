/**
 * The landing page the QR code leads to: the stored report rebuilt in the reader's
 * language from the same template and document model as the files, with a download
 * button and SHA-256 for each stored file, and the reports it gathers, if any.
 */
import { landingPage } from '../render/html/landing-page.ts';
import type { Format } from '../render/renderer.ts';
import type { AnyTemplate, Language } from '../template.ts';
import type { Manifest } from './manifest.ts';
import { reportLinks } from './links.ts';

const formatNames: Record<Format, string> = { pdf: 'PDF', docx: 'Word (.docx)', html: 'HTML' };

export function renderLandingPage(baseUrl: string, template: AnyTemplate, manifest: Manifest, storedInput: unknown, lang: Language): string {
  const report = template.schema.parse(storedInput);
  const facts = template.facts(report, lang);
  const links = reportLinks(baseUrl, manifest.id);
  const url = links.landingPage;
  const model = template.build(report, { lang, layout: 'screen', qrUrl: url });
  const untranslated = (template.languageFindings?.(report, lang) ?? []).some((finding) => finding.rule === 'prose.english-missing');
  return landingPage({
    model,
    lang,
    alternateLangUrl: `${url}?lang=${lang === 'zh' ? 'en' : 'zh'}`,
    untranslated,
    header: {
      title: model.metadata.title,
      agency: lang === 'zh' ? facts.subject : facts.subjectEn ?? facts.subject,
      year: facts.year,
      publishedOn: facts.publishedOn,
    },
    downloads: manifest.files
      .filter((file) => file.format !== 'html')
      .map((file) => ({
        label: formatNames[file.format],
        href: links.document(file.format),
        sha256: file.sha256,
        bytes: file.bytes,
      })),
    ...(template.related === undefined ? {} : { related: template.related(report, lang) }),
  });
}
