/** The landing page's own words (its chrome, not the report's), in Chinese and English. */
export type LandingLanguage = 'zh' | 'en';

export type LandingStrings = {
  /** BCP 47 tag of the page in this language. */
  readonly htmlLang: string;
  /** The language's own name: the toggle on the other language's page shows it. */
  readonly languageName: string;
  readonly year: string;
  readonly publishedOn: string;
  readonly downloads: string;
  readonly download: (format: string) => string;
  readonly fingerprint: string;
  /** How to check a copy: prose and, at odd positions, commands to type (set as code). */
  readonly checkHint: readonly string[];
  readonly report: string;
  /** Said above the report when some of its paragraphs have no translation into this language. */
  readonly untranslated: string;
  /** An ISO date (YYYY-MM-DD) as a reader writes it. */
  readonly date: (year: number, month: number, day: number) => string;
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const landingStrings: Record<LandingLanguage, LandingStrings> = {
  zh: {
    htmlLang: 'zh-CN',
    languageName: '中文',
    year: '年度',
    publishedOn: '发布日期',
    downloads: '下载',
    download: (format) => `下载 ${format}`,
    fingerprint: '文件指纹（SHA-256）',
    checkHint: [
      '核对下载的文件：在终端运行 ',
      'sha256sum 文件名',
      '（macOS：',
      'shasum -a 256 文件名',
      '；Windows：',
      'certutil -hashfile 文件名 SHA256',
      '），结果应与上面的指纹一致。',
    ],
    report: '报告全文',
    untranslated: '本报告部分段落没有对应译文，以原文显示。',
    date: (year, month, day) => `${year}年${month}月${day}日`,
  },
  en: {
    htmlLang: 'en',
    languageName: 'English',
    year: 'Year',
    publishedOn: 'Published',
    downloads: 'Downloads',
    download: (format) => `Download ${format}`,
    fingerprint: 'Fingerprint (SHA-256)',
    checkHint: [
      'To check a downloaded copy, run ',
      'sha256sum FILE',
      ' (macOS: ',
      'shasum -a 256 FILE',
      '; Windows: ',
      'certutil -hashfile FILE SHA256',
      '); the result should match the fingerprint above.',
    ],
    report: 'Full report',
    untranslated: 'Some paragraphs of this report have no English translation; they are shown in the Chinese original.',
    date: (year, month, day) => `${day} ${months[month - 1] ?? ''} ${year}`,
  },
};
