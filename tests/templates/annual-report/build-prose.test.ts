import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../src/model/document.ts';
import type { BuildOptions } from '../../../src/template.ts';
import { buildReport } from '../../../templates/annual-report/build.ts';
import { fileName } from '../../../templates/annual-report/build/front-matter.ts';
import { feesStatement, overviewParts, qrCaption, sections } from '../../../templates/annual-report/labels.ts';
import type { Report2021 } from '../../../templates/annual-report/schema.ts';
import { annualReportTemplate } from '../../../templates/annual-report/index.ts';
import { hailin, huaian, sectionBlocks } from './build-fixtures.ts';

const build = (report: Parameters<typeof buildReport>[0], options: Partial<BuildOptions> = {}) =>
  buildReport(report, { lang: 'zh', layout: 'official', ...options });
const headings = (model: DocumentModel, level: 1 | 2) =>
  model.blocks.flatMap((b) => (b.type === 'heading' && b.level === level ? [b.content] : []));
const paragraphTexts = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

/** huaian with its 六 reduced to one paragraph that does not state the fee. */
function withoutFeeSentence(): Report2021 {
  return { ...huaian(), otherMatters: [{ zh: '无其他需要报告的事项。', en: 'Nothing else to report.' }] };
}

describe('sub-headings in the agency\'s own words', () => {
  const onlyHeadings = (report: Report2021): Report2021 => ({
    ...report,
    overview: { ...report.overview, proactive: [{ zh: '全年主动公开信息5500余条。' }], onRequest: [{ zh: '全年受理申请3119件。' }] },
  });

  it('keeps the standard labels when the input gives none', () => {
    expect(headings(build(onlyHeadings(huaian())), 2).map((h) => h.text).slice(0, 2)).toEqual([overviewParts.proactive.zh, overviewParts.onRequest.zh]);
  });

  it('uses the given wording under the standard ordinal, with or without the ordinal given, and its English or the standard one', () => {
    const report: Report2021 = {
      ...onlyHeadings(huaian()),
      headings: { proactive: { zh: '（一）主动公开情况', en: '(1) Proactive disclosure in 2024' }, onRequest: { zh: '依申请公开情况' } },
    };
    expect(headings(build(report), 2).map((h) => h.text).slice(0, 2)).toEqual(['（一）主动公开情况', '（二）依申请公开情况']);
    expect(headings(build(report, { lang: 'en' }), 2).map((h) => h.text).slice(0, 2)).toEqual(['(1) Proactive disclosure in 2024', overviewParts.onRequest.en]);
    expect(headings(build(report, { lang: 'zh-en' }), 2)[1]).toEqual({ text: '（二）依申请公开情况', secondary: overviewParts.onRequest.en });
  });

  it('never trusts a given ordinal: the parts keep their order', () => {
    const report: Report2021 = { ...onlyHeadings(huaian()), headings: { onRequest: { zh: '（五）依申请公开情况' } } };
    expect(headings(build(report), 2)[1]!.text).toBe('（二）依申请公开情况');
  });

  it('is part of the schema: unknown parts and markup are refused', () => {
    const schema = annualReportTemplate.schema;
    expect(schema.safeParse({ ...huaian(), headings: { proactive: { zh: '主动公开情况' } } }).success).toBe(true);
    expect(schema.safeParse({ ...huaian(), headings: { intro: { zh: '概述' } } }).success).toBe(false);
    expect(schema.safeParse({ ...huaian(), headings: { proactive: { zh: '<b>主动</b>' } } }).success).toBe(false);
  });
});

describe('title, sections and prose', () => {
  it('opens with the standard title in two lines, then the preamble, then the six sections in order', () => {
    const model = build(huaian());
    expect(model.blocks[0]).toEqual({ type: 'title', lines: [{ text: '淮安市人民政府' }, { text: '2024年政府信息公开工作年度报告' }] });
    expect(model.blocks[1]).toMatchObject({ type: 'paragraph', text: huaian().preamble[0]!.zh });
    expect(headings(model, 1).map((h) => h.text)).toEqual(Object.values(sections).map((s) => s.zh));
  });

  it('uses the input title override as one line', () => {
    const model = build(hailin());
    expect(model.blocks[0]).toEqual({ type: 'title', lines: [{ text: hailin().title!.zh }] });
  });

  it('heads each sub-part of 一 with its 「（一）」 label unless the prose already opens with that ordinal', () => {
    expect(headings(build(huaian()), 2).map((h) => h.text)).toEqual(Object.values(overviewParts).map((p) => p.zh));
    const report = huaian();
    const inline = { ...report, overview: { ...report.overview, proactive: [{ zh: '（一）主动公开情况。全年公开信息5500余条。' }], oversight: [] } };
    expect(headings(build(inline), 2).map((h) => h.text)).toEqual([
      overviewParts.onRequest.zh, overviewParts.management.zh, overviewParts.platforms.zh,
    ]);
  });

  it('prose: Chinese in zh; English where given (else Chinese) in en; both, Chinese first, in zh-en', () => {
    const report = {
      ...huaian(),
      problems: [{ zh: '问题一。', en: 'Problem one.' }, { zh: '问题二。' }],
    };
    expect(paragraphTexts(sectionBlocks(build(report), '五、'))).toEqual(['问题一。', '问题二。']);
    expect(paragraphTexts(sectionBlocks(build(report, { lang: 'en' }), 'V.'))).toEqual(['Problem one.', '问题二。']);
    expect(paragraphTexts(sectionBlocks(build(report, { lang: 'zh-en' }), '五、'))).toEqual(['问题一。', 'Problem one.', '问题二。']);
  });

  it('labels: English in en, Chinese with the English as secondary in zh-en', () => {
    expect(headings(build(huaian(), { lang: 'en' }), 1).map((h) => h.text)).toEqual(Object.values(sections).map((s) => s.en));
    expect(headings(build(huaian(), { lang: 'zh-en' }), 1)).toEqual(Object.values(sections).map((s) => ({ text: s.zh, secondary: s.en })));
  });
});

describe('the fees statement of 六 (2021)', () => {
  it('is added when fees are given and 六 does not state the amount', () => {
    const six = paragraphTexts(sectionBlocks(build(withoutFeeSentence()), '六、'));
    expect(six).toEqual(['无其他需要报告的事项。', feesStatement.zh(3940)]);
    const en = paragraphTexts(sectionBlocks(build(withoutFeeSentence(), { lang: 'en' }), 'VI.'));
    expect(en).toEqual(['Nothing else to report.', feesStatement.en(3940)]);
  });

  it('is not repeated when 六 already states the amount (huaian says 「…3940元」)', () => {
    const report = huaian();
    expect(report.fees?.informationProcessingFeeYuan).toBe(3940);
    expect(paragraphTexts(sectionBlocks(build(report), '六、'))).toEqual(report.otherMatters.map((p) => p.zh));
  });

  it('does not take a larger amount as the same (「13940元」) and is left out for a blank amount', () => {
    const larger = { ...withoutFeeSentence(), otherMatters: [{ zh: '全年收取信息处理费13940元。' }] };
    expect(paragraphTexts(sectionBlocks(build(larger), '六、'))).toHaveLength(2);
    const blank = { ...withoutFeeSentence(), fees: { informationProcessingFeeYuan: null } };
    expect(paragraphTexts(sectionBlocks(build(blank), '六、'))).toEqual(['无其他需要报告的事项。']);
  });
});

describe('QR code, metadata, file name', () => {
  it('carries the QR URL with a caption in the document language, and none without a URL', () => {
    const url = 'http://127.0.0.1:3000/r/abc';
    expect(build(huaian(), { qrUrl: url }).qr).toEqual({ url, caption: { text: qrCaption.zh } });
    expect(build(huaian(), { qrUrl: url, lang: 'en' }).qr?.caption).toEqual({ text: qrCaption.en });
    expect(build(huaian(), { qrUrl: url, lang: 'zh-en' }).qr?.caption).toEqual({ text: qrCaption.zh, secondary: qrCaption.en });
    expect(build(huaian())).not.toHaveProperty('qr');
  });

  it('metadata: title, author = agency, subject, keywords, language, date = publishedOn', () => {
    const report = huaian();
    expect(build(report, { layout: 'screen' })).toMatchObject({
      layout: 'screen',
      pageNumbers: true,
      metadata: {
        title: '淮安市人民政府2024年政府信息公开工作年度报告',
        author: '淮安市人民政府',
        subject: '2024年政府信息公开工作年度报告',
        language: 'zh-CN',
        date: report.publishedOn,
      },
    });
    const en = build(report, { lang: 'en' }).metadata;
    expect(en).toMatchObject({ language: 'en', author: report.agency.nameEn, title: `${report.agency.nameEn} Annual Report on Government Information Disclosure 2024` });
    expect(en.keywords).toContain('2024');
  });

  it('is a pure function: the same input and options give an equal model', () => {
    const options = { lang: 'zh-en', layout: 'official', qrUrl: 'http://h/r/x' } as const;
    expect(JSON.stringify(build(huaian(), options))).toBe(JSON.stringify(build(huaian(), options)));
  });

  it('names the file after the standard title, with no path separator or control character of the agency', () => {
    expect(fileName(huaian())).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    const hostile = { ...huaian(), agency: { name: '../../etc/passwd\u0001:x' } };
    const name = fileName(hostile);
    expect(name).not.toMatch(/[\\/:\u0000-\u001f]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('2024年政府信息公开工作年度报告')).toBe(true);
  });
});
