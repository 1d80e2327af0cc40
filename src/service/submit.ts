/**
 * Submit: validate → render the requested formats from one document model → store the
 * normalized input and each file → write the manifest LAST → index it for listing.
 * A failure part-way leaves no manifest, so readers never see a half-written report.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { AlreadyExistsError, type PutOptions, type Storage } from '../storage/storage.ts';
import type { AnyTemplate } from '../template.ts';
import type { Validation } from '../validation.ts';
import { attachment } from './content-disposition.ts';
import { ReportRejectedError } from './errors.ts';
import { reportLinks } from './links.ts';
import { writeIndexEntry } from './listing.ts';
import { encodeJson, reportKeys, type Manifest, type StoredFile } from './manifest.ts';
import type { ServiceObserver } from './observer.ts';
import { RenderRejectedError, renderValidated } from './render-report.ts';
import type { SubmitOptions } from './submit-options.ts';

export { defaultSubmitOptions, type SubmitOptions } from './submit-options.ts';

export type StoreContext = {
  readonly storage: Storage;
  readonly prefix: string;
  readonly baseUrl: string;
  readonly observer?: ServiceObserver;
};

/** Renders and stores one validated report under an id and creation time already chosen. */
export async function renderAndStore(
  context: StoreContext,
  report: { readonly id: string; readonly createdAt: string },
  checked: Validation<unknown>,
  options: SubmitOptions,
  template: AnyTemplate,
): Promise<Manifest> {
  const started = performance.now();
  const rendered = await renderValidated(checked, {
    formats: [...options.formats],
    lang: options.lang,
    layout: options.layout,
    fonts: options.fonts,
    qrUrl: reportLinks(context.baseUrl, report.id).landingPage,
    allowCheckFailures: options.allowCheckFailures,
  }, { template }).catch(asRejection);
  const renderMs = performance.now() - started;
  const keys = reportKeys(context.prefix, report.id);
  const { storage } = context;
  const { facts } = rendered;

  await putOnce(storage, keys.input, encodeJson(rendered.report), { contentType: 'application/json' });
  const files: StoredFile[] = await Promise.all(rendered.files.map(async (file) => {
    const key = keys.file(file.extension);
    const fileName = `${facts.fileName}.${file.extension}`;
    await putOnce(storage, key, file.bytes, {
      contentType: file.contentType,
      contentDisposition: attachment(fileName, `${facts.asciiFileName}.${file.extension}`),
    });
    return { format: file.format, key, fileName, sha256: file.sha256, bytes: file.bytes.byteLength, contentType: file.contentType };
  }));

  const manifest: Manifest = {
    id: report.id,
    template: { kind: template.kind, version: facts.version },
    rendererVersion: packageJson.version,
    createdAt: report.createdAt,
    agency: facts.subject,
    year: facts.year,
    publishedOn: facts.publishedOn,
    title: rendered.model.metadata.title,
    lang: options.lang,
    layout: options.layout,
    fonts: options.fonts,
    files,
    findings: [...rendered.findings],
  };
  await putOnce(storage, keys.manifest, encodeJson(manifest), { contentType: 'application/json' });
  await writeIndexEntry(storage, context.prefix, manifest);
  context.observer?.rendered({
    renderMs,
    files: rendered.files.map((f) => ({ format: f.format, bytes: f.bytes.byteLength, ...(f.pages === undefined ? {} : { pages: f.pages }) })),
  });
  return manifest;
}

/**
 * A report's objects are written only where none exists (the bucket policy refuses any other
 * write). A retry that takes over a lapsed Idempotency-Key lease keeps its id and renders the same bytes, so
 * an object already there with exactly these bytes is the earlier attempt's and is kept.
 */
async function putOnce(storage: Storage, key: string, bytes: Uint8Array, options: Omit<PutOptions, 'ifAbsent'>): Promise<void> {
  try {
    await storage.put(key, bytes, { ...options, ifAbsent: true });
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
    const stored = await storage.get(key);
    if (stored === undefined || !Buffer.from(stored).equals(Buffer.from(bytes))) throw error;
  }
}

/** A refused report becomes the service's rejection; a render fault stays a fault (500). */
function asRejection(error: unknown): never {
  if (error instanceof RenderRejectedError) throw new ReportRejectedError(error.findings, { cause: error });
  throw error;
}
