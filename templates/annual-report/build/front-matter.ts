/**
 * What stands outside the sections: the title, the file's metadata, the QR code and the
 * file name a download carries.
 */
import type { DocumentMetadata, QrCode, Text, TitleBlock } from '../../../src/model/document.ts';
import type { BuildOptions, Language } from '../../../src/template.ts';
import { titleFileName } from '../file-name.ts';
import { qrCaption, reportTitle } from '../labels.ts';
import type { AnnualReport } from '../schema.ts';
import { labelText } from './text.ts';

const agencyEn = (report: AnnualReport) => report.agency.nameEn ?? report.agency.name;
/** 「2024年政府信息公开工作年度报告」: the standard title without the agency. */
const reportKindZh = (year: number) => reportTitle.zh('', year);
const reportKindEn = (year: number) => reportTitle.en('', year).trim();

/**
 * The title in its lines. The standard title is set as published (GB/T 9704 7.3.1 breaks a
 * long title without splitting a word): the agency, then 「YYYY年政府信息公开工作年度报告」.
 * An override from the input is one line.
 */
function titleLines(report: AnnualReport, lang: Language): Text[] {
  const { title, agency, year } = report;
  if (title !== undefined) {
    const en = title.en ?? title.zh;
    if (lang === 'en') return [{ text: en }];
    return [lang === 'zh-en' && title.en !== undefined ? { text: title.zh, secondary: title.en } : { text: title.zh }];
  }
  if (lang === 'en') return [{ text: agencyEn(report) }, { text: reportKindEn(year) }];
  if (lang === 'zh-en') {
    return [{ text: agency.name }, { text: reportKindZh(year), secondary: reportTitle.en(agencyEn(report), year) }];
  }
  return [{ text: agency.name }, { text: reportKindZh(year) }];
}

export const titleBlock = (report: AnnualReport, lang: Language): TitleBlock =>
  ({ type: 'title', lines: titleLines(report, lang) });

/** The title as one line in the document's main language (Chinese unless `en`). */
function plainTitle(report: AnnualReport, lang: Language): string {
  if (lang === 'en') return report.title?.en ?? report.title?.zh ?? reportTitle.en(agencyEn(report), report.year);
  return report.title?.zh ?? reportTitle.zh(report.agency.name, report.year);
}

export function metadata(report: AnnualReport, lang: Language): DocumentMetadata {
  const english = lang === 'en';
  const author = english ? agencyEn(report) : report.agency.name;
  const subject = english ? reportKindEn(report.year) : reportKindZh(report.year);
  const bilingual = lang === 'zh-en' ? [agencyEn(report), reportKindEn(report.year)] : [];
  return {
    title: plainTitle(report, lang),
    author,
    subject,
    keywords: [...new Set([author, String(report.year), subject, ...bilingual])],
    language: english ? 'en' : 'zh-CN',
    date: report.publishedOn,
  };
}

export function qrCode(options: BuildOptions): QrCode | undefined {
  return options.qrUrl === undefined ? undefined : { url: options.qrUrl, caption: labelText(qrCaption, options.lang) };
}

/**
 * 「淮安市人民政府2024年政府信息公开工作年度报告」: the standard title, whatever the input's
 * override, with every character that could leave a folder or confuse a file system
 * (path separators, reserved punctuation, control characters, leading dots) replaced; in
 * `en` and `zh-en` followed by `.en` / `.zh-en`.
 */
export function fileName(report: AnnualReport, lang: Language = 'zh'): string {
  const safeAgency = report.agency.name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '');
  return titleFileName(safeAgency, report.year, lang);
}
