/**
 * The input of a report compiled from stored reports: the request checked against the
 * template's schema, each named report read back (manifest and normalized input, a few
 * at a time), and the template's own function turning them into its input. An id that
 * names no stored report of the right kind is refused as a finding on that id.
 */
import type { Finding } from '../findings.ts';
import { jsonPath } from '../json-path.ts';
import { schemaFindings } from '../schema-findings.ts';
import type { Gathering } from '../template.ts';
import { mapBounded } from './bounded.ts';
import { ReportRejectedError } from './errors.ts';
import { isReportId } from './ids.ts';
import type { Manifest } from './manifest.ts';

/** Reads in flight at once: enough to hide S3 latency, few enough for one Lambda's sockets. */
export const gatherConcurrency = 16;

export type MemberStore = {
  readonly read: (id: string) => Promise<{ readonly manifest: Manifest; readonly input: unknown } | undefined>;
  readonly link: (id: string) => string;
};

const unknownReport = (index: number, kind: string): Finding => ({
  rule: 'gather.unknown-report',
  severity: 'error',
  path: jsonPath(['reports', index]),
  message: { zh: `没有这个编号的已存报告（须为 ${kind}）。`, en: `No stored report (of kind ${kind}) has this id.` },
});

export async function gatherInput(
  gathering: Gathering<any>,
  request: unknown,
  store: MemberStore,
  options: { readonly allowCheckFailures: boolean },
): Promise<unknown> {
  const parsed = gathering.request.safeParse(request, { reportInput: true });
  if (!parsed.success) throw new ReportRejectedError(schemaFindings(parsed.error.issues));
  const ids: readonly string[] = parsed.data.reports;
  const read = await mapBounded(ids, gatherConcurrency, async (id) => (isReportId(id) ? store.read(id) : undefined));
  const missing = read.flatMap((member, index) =>
    member?.manifest.template.kind === gathering.memberKind ? [] : [unknownReport(index, gathering.memberKind)]);
  if (missing.length > 0) throw new ReportRejectedError(missing);
  return gathering.input(parsed.data, read.map((member, index) => ({ id: ids[index] as string, link: store.link(ids[index] as string), input: member?.input })), options);
}
