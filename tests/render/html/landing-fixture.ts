/** Landing-page input around the fixture model: two files with their real fingerprints. */
import { createHash } from 'node:crypto';
import type { LandingPageInput } from '../../../src/render/html/landing-page.ts';
import { reportTitle } from '../../../templates/annual-report/labels.ts';
import { agency, fixtureModel, title } from './fixture-model.ts';

export const files = {
  '/files/report.pdf': Buffer.from('%PDF-1.7 a stand-in for the report'),
  '/files/report.docx': Buffer.from('PK a stand-in for the Word file'),
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const landingInput = (lang: LandingPageInput['lang'], base = ''): LandingPageInput => ({
  model: fixtureModel,
  lang,
  alternateLangUrl: `${base}/r/abc123?lang=${lang === 'en' ? 'zh' : 'en'}`,
  header: { title: lang === 'en' ? reportTitle.en(agency, 2024) : title, agency, year: 2024, publishedOn: '2025-01-20' },
  downloads: [
    { label: 'PDF', href: `${base}/files/report.pdf`, sha256: sha256(files['/files/report.pdf']), bytes: 1_234_567 },
    { label: 'Word', href: `${base}/files/report.docx`, sha256: sha256(files['/files/report.docx']), bytes: 45_000 },
  ],
});
