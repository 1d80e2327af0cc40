/**
 * The one render pipeline every entry point (CLI, HTTP, Lambda) uses: parse and check the
 * input, build the document model ONCE, run each requested renderer's preflight, then
 * render each format from that same model. `validateForRendering` runs the same steps
 * without rendering, so validation refuses whatever rendering would.
 *
 * A report that cannot be rendered as asked is refused by rejecting with a
 * `RenderRejectedError` carrying every finding; a fault inside a renderer or the builder
 * rejects with a `RenderFailedError` whose `cause` is the original error.
 */
import { NianbaoError } from '../errors.ts';
import { hasErrors, type Finding } from '../findings.ts';
import type { DocumentModel } from '../model/document.ts';
import type { Layout } from '../model/page-setup.ts';
import { renderers as defaultRenderers, type RendererRegistry } from '../render/index.ts';
import type { FontSet, Format, Renderer } from '../render/renderer.ts';
import type { AnyTemplate, Language, ReportFacts } from '../template.ts';
import { defaultTemplate } from '../templates.ts';
import { sha256 } from '../sha256.ts';
import { validate, type Validation } from '../validation.ts';
import { locateInInput } from './input-location.ts';

export type RenderReportOptions = {
  readonly formats: readonly Format[];
  readonly lang: Language;
  readonly layout: Layout;
  /** The URL the QR code encodes; no QR code when absent. */
  readonly qrUrl?: string;
  /** The faces a Word file names; `official` when absent. */
  readonly fonts?: FontSet;
  /** Render even when cross-checks fail; their findings are still returned. */
  readonly allowCheckFailures?: boolean;
};

export type RenderedFile = {
  readonly format: Format;
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly extension: string;
  /** Lower-case hex SHA-256 of `bytes`. */
  readonly sha256: string;
  /** Page count, for formats that have pages. */
  readonly pages?: number;
};

export type RenderedReport = {
  /** The input as the template's schema normalized it. */
  readonly report: unknown;
  readonly facts: ReportFacts;
  /** Every finding of the checks and preflights (warnings, or errors when allowed). */
  readonly findings: readonly Finding[];
  readonly model: DocumentModel;
  readonly files: readonly RenderedFile[];
};

/** Why a report was refused: its schema, its cross-checks, a renderer's preflight, or an unavailable format. */
export type RejectionReason = 'schema' | 'checks' | 'preflight' | 'format';

export class RenderRejectedError extends NianbaoError {
  override readonly name = 'RenderRejectedError';
  constructor(
    readonly reason: RejectionReason,
    readonly findings: readonly Finding[],
    readonly report?: unknown,
  ) {
    super('report_invalid', `report refused (${reason}) with ${findings.filter((f) => f.severity === 'error').length} error(s)`);
  }
}

export class RenderFailedError extends NianbaoError {
  override readonly name = 'RenderFailedError';
  constructor(readonly stage: 'build' | Format, options: { cause: unknown }) {
    super('internal', `rendering failed at ${stage}`, options);
  }
}

export type RenderDependencies = {
  readonly template: AnyTemplate;
  readonly renderers: RendererRegistry;
};

const defaults: RenderDependencies = { template: defaultTemplate, renderers: defaultRenderers };

function unavailable(format: Format): Finding {
  return {
    rule: 'format.unavailable',
    severity: 'error',
    path: '$',
    message: { zh: `暂不支持生成 ${format} 格式的文件。`, en: `The ${format} format is not available.` },
  };
}

/** The renderer of each requested format, once each, in the order asked. */
function selectRenderers(formats: readonly Format[], registry: RendererRegistry): Renderer[] {
  const unique = [...new Set(formats)];
  const missing = unique.filter((f) => registry[f] === undefined);
  if (missing.length > 0) throw new RenderRejectedError('format', missing.map(unavailable));
  return unique.flatMap((f) => registry[f] ?? []);
}

export async function renderReport(
  input: unknown,
  options: RenderReportOptions,
  dependencies: Partial<RenderDependencies> = {},
): Promise<RenderedReport> {
  // An unavailable format is refused before the input is looked at.
  selectRenderers(options.formats, { ...defaults, ...dependencies }.renderers);
  return renderValidated(validate({ ...defaults, ...dependencies }.template, input), options, dependencies);
}

/**
 * The same pipeline for input a caller has validated already (the service checks before it
 * claims an idempotency key), so a request is validated once.
 */
export async function renderValidated(
  validation: Validation<unknown>,
  options: RenderReportOptions,
  dependencies: Partial<RenderDependencies> = {},
): Promise<RenderedReport> {
  const { template, renderers } = { ...defaults, ...dependencies };
  const selected = selectRenderers(options.formats, renderers);

  const { report, findings } = validation;
  if (report === undefined) throw new RenderRejectedError('schema', findings);
  if (hasErrors(findings) && options.allowCheckFailures !== true) throw new RenderRejectedError('checks', findings, report);

  const model = build(template, report, options);
  const preflight = preflightFindings(selected, model, report);
  const allFindings = [...findings, ...(template.languageFindings?.(report, options.lang) ?? []), ...preflight];
  if (hasErrors(preflight)) throw new RenderRejectedError('preflight', allFindings, report);

  for (const renderer of selected) await renderer.prepare?.(model);
  const files: RenderedFile[] = [];
  for (const renderer of selected) files.push(await renderOne(renderer, model, options.fonts ?? 'official'));
  return { report, findings: allFindings, facts: template.facts(report, options.lang), model, files };
}

/**
 * Validation that agrees with rendering: the schema, the cross-checks and, once the input
 * has the right shape, the preflight of every registered renderer — even when checks fail,
 * since a render with allowCheckFailures still refuses what a preflight finds. The model is
 * built in Chinese (the default render, whose findings these then equal) and in English, so
 * every string a render could print is looked at; what English adds is listed after.
 */
export function validateForRendering(input: unknown, dependencies: Partial<RenderDependencies> = {}): Validation<unknown> {
  const { template, renderers } = { ...defaults, ...dependencies };
  const validation = validate(template, input);
  const { report } = validation;
  if (report === undefined) return validation;
  const all = Object.values(renderers);
  const [zh = [], en = []] = (['zh', 'en'] as const).map((lang) => preflightFindings(all, build(template, report, { lang, layout: 'official' }), report));
  const key = (f: Finding) => `${f.rule}\n${f.path}\n${String(f.found)}`;
  const inChinese = new Set(zh.map(key));
  return { report, findings: [...validation.findings, ...zh, ...en.filter((f) => !inChinese.has(key(f)))] };
}

/** What would stop each renderer, its coverage findings pointed at the input. */
function preflightFindings(selected: readonly Renderer[], model: DocumentModel, report: unknown): Finding[] {
  return locateInInput(selected.flatMap((r) => r.preflight?.(model) ?? []), report);
}

type BuildChoice = Pick<RenderReportOptions, 'lang' | 'layout' | 'qrUrl'>;

function build(template: AnyTemplate, report: unknown, options: BuildChoice): DocumentModel {
  try {
    return template.build(report, {
      lang: options.lang,
      layout: options.layout,
      ...(options.qrUrl === undefined ? {} : { qrUrl: options.qrUrl }),
    });
  } catch (cause) {
    throw new RenderFailedError('build', { cause });
  }
}

/** One format, one at a time: renders are CPU-bound, so running them together gains nothing. */
async function renderOne(renderer: Renderer, model: DocumentModel, fonts: FontSet): Promise<RenderedFile> {
  try {
    const bytes = await renderer.render(model, { fonts });
    const pages = renderer.pages?.(bytes);
    return {
      format: renderer.format, bytes, contentType: renderer.contentType, extension: renderer.extension, sha256: sha256(bytes),
      ...(pages === undefined ? {} : { pages }),
    };
  } catch (cause) {
    throw new RenderFailedError(renderer.format, { cause });
  }
}
