/**
 * The published JSON Schema of the input, generated from the zod schema (the one definition).
 * Shared shapes get names in `$defs` (RequestRow, Count, …): without them every one of the
 * 27 rows of section 三 is spelled out in full and the schema grows eightfold.
 */
import * as z from 'zod';
import { annualReport, count, money, paragraph, requestRow, reviewGroup, signedCount } from './schema.ts';

const named = z.registry<{ id: string; description?: string }>();
const shared = { Paragraph: paragraph, RequestRow: requestRow, ReviewGroup: reviewGroup, Count: count, SignedCount: signedCount, Money: money };
for (const [id, schema] of Object.entries(shared)) {
  named.add(schema, schema.description === undefined ? { id } : { id, description: schema.description });
}

/** The input side (what a client sends); checks zod cannot express (e.g. 2 decimals) are described, not encoded. */
export function annualReportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(annualReport, {
    io: 'input',
    unrepresentable: 'any',
    metadata: named,
    // Naming shapes takes a registry of our own; the descriptions stay in the global one.
    override: ({ zodSchema, jsonSchema }) => {
      const description = z.globalRegistry.get(zodSchema)?.description;
      if (description !== undefined) jsonSchema.description = description;
    },
  });
}
