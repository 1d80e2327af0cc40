/**
 * An English or bilingual render of a report without English prose warns, with the render
 * result and on the landing page's English view; a Chinese render, or one whose prose all
 * has English, does not.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/service/render-report.ts';
import { renderLandingPage } from '../../../src/service/landing.ts';
import type { Manifest } from '../../../src/service/manifest.ts';
import { landingStrings } from '../../../src/render/html/landing-strings.ts';
import { languageFindings } from '../../../templates/annual-report/checks/english.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import type { AnnualReport, Paragraph } from '../../../templates/annual-report/schema.ts';
import { exampleInput } from '../../examples/example.ts';
import { huaian } from './build-fixtures.ts';

const translated = (prose: readonly Paragraph[]) => prose.map((p) => ({ ...p, en: `English of: ${p.zh.slice(0, 8)}` }));
function allInEnglish(report: AnnualReport): AnnualReport {
  const overview = Object.fromEntries(Object.entries(report.overview).map(([k, v]) => [k, translated(v)])) as AnnualReport['overview'];
  return { ...report, preamble: translated(report.preamble), overview, problems: translated(report.problems), otherMatters: translated(report.otherMatters) };
}

describe('languageFindings', () => {
  it('warns in en and zh-en, naming how many paragraphs lack English and the first one', () => {
    for (const lang of ['en', 'zh-en'] as const) {
      const findings = languageFindings(huaian(), lang);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'prose.english-missing', severity: 'warning', path: '$.preamble[0].en', expected: 10, found: 0 });
      expect(findings[0]!.message.en).toContain('10 of 10 paragraphs have no English');
      expect(findings[0]!.message.zh).toContain('10 段正文中有 10 段没有英文');
    }
  });

  it('says nothing in zh, nor when every paragraph has its English', () => {
    expect(languageFindings(huaian(), 'zh')).toEqual([]);
    expect(languageFindings(allInEnglish(huaian()), 'en')).toEqual([]);
  });

  it('counts only the paragraphs without English, and points at the first', () => {
    const report = allInEnglish(huaian());
    const partly = { ...report, problems: [{ zh: '仍有不足。' }, ...report.problems] };
    expect(languageFindings(partly, 'en')[0]).toMatchObject({ path: '$.problems[0].en', expected: 11, found: 10 });
  });
});

describe('the render result and the landing page', () => {
  it('carry the warning for en, and not for zh', async () => {
    const render = (lang: 'zh' | 'en') => renderReport(exampleInput('huaian-2024'), { formats: ['html'], lang, layout: 'screen' });
    expect((await render('en')).findings.map((f) => f.rule)).toContain('prose.english-missing');
    expect((await render('zh')).findings.map((f) => f.rule)).not.toContain('prose.english-missing');
  });

  it('say so on the English view of the landing page, above the report', () => {
    const manifest = { id: 'abc123', files: [] } as unknown as Manifest;
    const english = renderLandingPage('https://example.org', annualReportTemplate, manifest, exampleInput('huaian-2024'), 'en');
    const chinese = renderLandingPage('https://example.org', annualReportTemplate, manifest, exampleInput('huaian-2024'), 'zh');
    expect(english).toContain(`<p class="notice" role="note">${landingStrings.en.untranslated.replace(/'/g, '&#39;')}</p>`);
    expect(english.indexOf('class="notice"')).toBeLessThan(english.indexOf('<main'));
    expect(chinese).not.toContain('class="notice"');
    const allEnglish = renderLandingPage('https://example.org', annualReportTemplate, manifest, allInEnglish(huaian()), 'en');
    expect(allEnglish).not.toContain('class="notice"');
  });
});
