/**
 * The landing page the QR code leads to: the stored report rebuilt in the reader's
 * language from the same template and document model as the files, with a download
 * button and SHA-256 for each stored file.
 */
import { annualReportTemplate } from '../../templates/annual-report/index.ts';
import { landingPage } from '../render/html/landing-page.ts';
import type { Format } from '../render/renderer.ts';
import type { Language } from '../template.ts';
import type { Manifest } from './manifest.ts';
import { reportLinks } from './links.ts';

const formatNames: Record<Format, string> = { pdf: 'PDF', docx: 'Word (.docx)', html: 'HTML' };

export function renderLandingPage(baseUrl: string, manifest: Manifest, storedInput: unknown, lang: Language): string {
  const report = annualReportTemplate.schema.parse(storedInput);
  const links = reportLinks(baseUrl, manifest.id);
  const url = links.landingPage;
  const model = annualReportTemplate.build(report, { lang, layout: 'screen', qrUrl: url });
  const untranslated = annualReportTemplate.languageFindings(report, lang).some((finding) => finding.rule === 'prose.english-missing');
  return landingPage({
    model,
    lang,
    alternateLangUrl: `${url}?lang=${lang === 'zh' ? 'en' : 'zh'}`,
    untranslated,
    header: {
      title: model.metadata.title,
      agency: lang === 'zh' ? report.agency.name : report.agency.nameEn ?? report.agency.name,
      year: report.year,
      publishedOn: report.publishedOn,
    },
    downloads: manifest.files
      .filter((file) => file.format !== 'html')
      .map((file) => ({
        label: formatNames[file.format],
        href: links.document(file.format),
        sha256: file.sha256,
        bytes: file.bytes,
      })),
  });
}
