/**
 * Findings that depend on the language asked for: an English or bilingual render of a report
 * whose paragraphs lack English prints them in Chinese only. It still renders (the Chinese is
 * the authoritative text), but says so, with the first paragraph that lacks its English.
 */
import type { Finding } from '../../../src/findings.ts';
import { jsonPath } from '../../../src/json-path.ts';
import type { Language } from '../../../src/template.ts';
import type { AnnualReport } from '../schema.ts';
import { proseParagraphs } from './paragraphs.ts';
import { rules } from './rules.ts';

const shows: Record<Exclude<Language, 'zh'>, { zh: string; en: string }> = {
  en: { zh: '英文版中这些段落以中文显示', en: 'the English document shows them in Chinese' },
  'zh-en': { zh: '中英对照版中这些段落只有中文', en: 'the bilingual document shows them in Chinese only' },
};

export function languageFindings(report: AnnualReport, lang: Language): Finding[] {
  if (lang === 'zh') return [];
  const all = proseParagraphs(report);
  const missing = all.filter(({ paragraph }) => paragraph.en === undefined);
  const first = missing[0];
  if (first === undefined) return [];
  const rule = rules['prose.english-missing'];
  return [{
    rule: 'prose.english-missing',
    severity: rule.severity,
    path: jsonPath([...first.path, 'en']),
    expected: all.length,
    found: all.length - missing.length,
    message: {
      zh: `${all.length} 段正文中有 ${missing.length} 段没有英文（第一段在 ${jsonPath(first.path)}），${shows[lang].zh}；${rule.statement.zh}。`,
      en: `${missing.length} of ${all.length} paragraphs have no English (first at ${jsonPath(first.path)}); ${shows[lang].en}: ${rule.statement.en}.`,
    },
  }];
}
