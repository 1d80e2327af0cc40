/**
 * Validation of any report kind: the template's schema first (every violation, as
 * findings with rule `schema`), then, when the input has the right shape, its cross-checks.
 */
import type { Finding } from './findings.ts';
import { schemaFindings } from './schema-findings.ts';
import type { Template } from './template.ts';

export type Validation<R> = {
  /** The parsed report, present whenever the schema accepted the input (even if checks failed). */
  readonly report?: R;
  readonly findings: Finding[];
};

/** The template's labels name the fields in the messages; without them a message names the path alone. */
type Validating<R> = Pick<Template<R>, 'schema' | 'check'> & Partial<Pick<Template<R>, 'fieldLabel'>>;

export function validate<R>(template: Validating<R>, input: unknown): Validation<R> {
  // reportInput lets the messages name what was found (「应为整数，实为 1.5」).
  const parsed = template.schema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { findings: schemaFindings(parsed.error.issues, template.fieldLabel) };
  return { report: parsed.data, findings: template.check(parsed.data) };
}
