import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.ts';
import type { DocumentModel } from '../../src/model/document.ts';
import { renderers } from '../../src/render/index.ts';
import type { Format, Renderer } from '../../src/render/renderer.ts';
import {
  RenderFailedError,
  RenderRejectedError,
  renderReport,
  type RenderDependencies,
} from '../../src/service/render-report.ts';
import { annualReportTemplate } from '../../templates/annual-report/index.ts';
import { exampleInput as example } from '../examples/example.ts';
const options = { lang: 'zh', layout: 'official', qrUrl: 'http://127.0.0.1:3000/r/test' } as const;

/** A renderer that records the models it is given and writes the title as its bytes. */
function recordingRenderer(format: Renderer['format'], seen: DocumentModel[], preflight: Finding[] = []): Renderer {
  return {
    format,
    contentType: `test/${format}`,
    extension: format,
    preflight: () => preflight,
    render: async (model) => {
      seen.push(model);
      return new TextEncoder().encode(`${format}:${model.metadata.title}`);
    },
  };
}

function recordingDependencies(preflight: Finding[] = []) {
  const seen: DocumentModel[] = [];
  let builds = 0;
  const dependencies: RenderDependencies = {
    template: { ...annualReportTemplate, build: (r, o) => { builds++; return annualReportTemplate.build(r, o); } },
    renderers: { pdf: recordingRenderer('pdf', seen, preflight), docx: recordingRenderer('docx', seen) },
  };
  return { dependencies, seen, builds: () => builds };
}

const rejection = async (promise: Promise<unknown>): Promise<RenderRejectedError> => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RenderRejectedError);
  return error as RenderRejectedError;
};

describe('renderReport', () => {
  it('builds the model once and renders every requested format from it, once each, with its SHA-256', async () => {
    const { dependencies, seen, builds } = recordingDependencies();
    const result = await renderReport(example('huaian-2024'), { ...options, formats: ['pdf', 'docx', 'pdf'] }, dependencies);
    expect(builds()).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe(result.model);
    expect(result.model.qr?.url).toBe(options.qrUrl);
    expect(result.facts.fileName).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(result.files.map((f) => [f.format, f.extension, f.contentType])).toEqual([['pdf', 'pdf', 'test/pdf'], ['docx', 'docx', 'test/docx']]);
    for (const file of result.files) expect(file.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the files of each language apart: zh as published, then .en and .zh-en', async () => {
    const names = await Promise.all((['zh', 'en', 'zh-en'] as const).map(async (lang) =>
      (await renderReport(example('huaian-2024'), { ...options, lang, formats: ['pdf'] }, recordingDependencies().dependencies)).facts.fileName));
    expect(names).toEqual(['淮安市人民政府2024年政府信息公开工作年度报告', '淮安市人民政府2024年政府信息公开工作年度报告.en', '淮安市人民政府2024年政府信息公开工作年度报告.zh-en']);
  });

  it('refuses a schema violation with every finding and its path', async () => {
    const input = { ...(example('huaian-2024') as object), year: 'twenty', extra: 1 };
    const error = await rejection(renderReport(input, { ...options, formats: ['pdf'] }, recordingDependencies().dependencies));
    expect(error.reason).toBe('schema');
    expect(error.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['$.year']));
    expect(error.findings.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a report failing its cross-checks unless told otherwise, returning the findings either way', async () => {
    const { dependencies, seen } = recordingDependencies();
    const error = await rejection(renderReport(example('hailin-2020'), { ...options, formats: ['pdf'] }, dependencies));
    expect(error.reason).toBe('checks');
    expect(error.findings.some((f) => f.severity === 'error' && f.column === '法律服务机构')).toBe(true);
    expect(seen).toHaveLength(0);
    const forced = await renderReport(example('hailin-2020'), { ...options, formats: ['pdf'], allowCheckFailures: true }, dependencies);
    expect(forced.files).toHaveLength(1);
    expect(forced.findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('refuses what a preflight finds, even with allowCheckFailures, before rendering anything', async () => {
    const missingGlyph: Finding = {
      rule: 'font.coverage', severity: 'error', path: '$.preamble[0].zh',
      message: { zh: '字体缺少 U+1F600', en: 'No face has U+1F600' },
    };
    const { dependencies, seen } = recordingDependencies([missingGlyph]);
    const error = await rejection(renderReport(example('huaian-2024'), { ...options, formats: ['docx', 'pdf'], allowCheckFailures: true }, dependencies));
    expect(error.reason).toBe('preflight');
    expect(error.findings).toContainEqual(missingGlyph);
    expect(seen).toHaveLength(0);
  });

  it('refuses a format no renderer is registered for', async () => {
    const error = await rejection(renderReport(example('huaian-2024'), { ...options, formats: ['html'] }, recordingDependencies().dependencies));
    expect(error.reason).toBe('format');
    expect(error.findings[0]).toMatchObject({ rule: 'format.unavailable', severity: 'error' });
  });

  it('reports a renderer fault as RenderFailedError with the original error as cause', async () => {
    const fault = new Error('pdfkit exploded');
    const { dependencies } = recordingDependencies();
    const broken: RenderDependencies = {
      ...dependencies,
      renderers: { pdf: { ...recordingRenderer('pdf', []), render: async () => { throw fault; } } },
    };
    const error = await renderReport(example('huaian-2024'), { ...options, formats: ['pdf'] }, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderFailedError);
    expect(error).toMatchObject({ stage: 'pdf', cause: fault });
  });

  it('renders every registered format for real, the same bytes on a second run', async () => {
    const formats = Object.keys(renderers) as Format[];
    const run = async () => (await renderReport(example('huaian-2024'), { ...options, formats })).files;
    const first = await run();
    const second = await run();
    expect(first.map((f) => f.format)).toEqual(formats);
    expect(first.every((f) => f.bytes.byteLength > 1000)).toBe(true);
    expect(second.map((f) => [f.format, f.sha256])).toEqual(first.map((f) => [f.format, f.sha256]));
  });
});
