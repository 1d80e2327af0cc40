/**
 * The functions every entry point shares (Lambda, local server, tests): submit, validate,
 * and the read half (read-service.ts): a manifest, a download link, the landing page and
 * the staff listing.
 */
import { annualReportTemplate } from '../../templates/annual-report/index.ts';
import type { AnnualReport } from '../../templates/annual-report/schema.ts';
import { hasErrors, type Finding } from '../findings.ts';
import { validate, type Validation } from '../validation.ts';
import { ReportRejectedError } from './errors.ts';
import { claim, requestFingerprint, singleFlight } from './idempotency.ts';
import { newReportId } from './ids.ts';
import { writeIndexEntry } from './listing.ts';
import type { Manifest } from './manifest.ts';
import { createReadService, readManifest, type ReadService, type ServiceDependencies } from './read-service.ts';
import { validateForRendering } from './render-report.ts';
import { renderAndStore, type SubmitOptions } from './submit.ts';

export type { ServiceDependencies } from './read-service.ts';

export type Submitted = { readonly manifest: Manifest; readonly replayed: boolean };

export type ReportService = ReadService & {
  submit(input: unknown, options: SubmitOptions, idempotencyKey?: string): Promise<Submitted>;
  validate(input: unknown): { readonly valid: boolean; readonly findings: readonly Finding[] };
};

export function createReportService(deps: ServiceDependencies): ReportService {
  const { storage, prefix } = deps;
  const now = deps.now ?? (() => new Date());
  const flight = singleFlight<Submitted>();

  async function submitOnce(checked: Validation<AnnualReport>, options: SubmitOptions, idempotencyKey: string, request: string): Promise<Submitted> {
    const claimed = await claim(storage, prefix, idempotencyKey, { id: newReportId(), createdAt: now().toISOString(), request });
    const existing = await readManifest(storage, prefix, claimed.id);
    if (existing) {
      // The first attempt may have failed between manifest and index: repair it.
      await writeIndexEntry(storage, prefix, existing);
      return { manifest: existing, replayed: true };
    }
    return { manifest: await renderAndStore(deps, claimed, checked, options), replayed: false };
  }

  return {
    async submit(input, options, idempotencyKey) {
      const checked = validate(annualReportTemplate, input);
      if (!checked.report || (hasErrors(checked.findings) && !options.allowCheckFailures)) {
        throw new ReportRejectedError(checked.findings);
      }
      if (idempotencyKey === undefined) {
        const manifest = await renderAndStore(deps, { id: newReportId(), createdAt: now().toISOString() }, checked, options);
        return { manifest, replayed: false };
      }
      const request = requestFingerprint({ input, options });
      return flight(`${idempotencyKey}\n${request}`, () => submitOnce(checked, options, idempotencyKey, request));
    },

    validate(input) {
      const { findings } = validateForRendering(input);
      return { valid: !hasErrors(findings), findings };
    },

    ...createReadService(deps),
  };
}
