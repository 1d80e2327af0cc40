/**
 * The landing page the QR code leads to: the stored report rebuilt in the reader's
 * language from the same template and document model as the files, with a download
 * button and SHA-256 for every stored file, the publisher's contact details, and — when
 * the report was stored despite failed checks — a notice naming each failure.
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
  return landingPage({
    model,
    lang,
    alternateLangUrl: `${url}?lang=${lang === 'zh' ? 'en' : 'zh'}`,
    header: {
      title: model.metadata.title,
      agency: lang === 'zh' ? report.agency.name : report.agency.nameEn ?? report.agency.name,
      year: report.year,
      publishedOn: report.publishedOn,
    },
    downloads: manifest.files.map((file) => ({
      label: formatNames[file.format],
      href: links.document(file.format),
      sha256: file.sha256,
      bytes: file.bytes,
    })),
    contact: { ...report.agency.contact, ...(report.agency.website === undefined ? {} : { website: report.agency.website }) },
    failedChecks: manifest.findings.filter((finding) => finding.severity === 'error'),
  });
}
