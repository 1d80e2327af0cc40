/**
 * The aggregate's figures as data (`nianbao aggregate --format json`): its members with
 * their headline figures and verdicts, and `proactive`, `requests` and `review` in the
 * same shape as a member report's, with the blank cells and who left them blank.
 */
import { jsonPath } from '../../src/json-path.ts';
import type { Aggregate } from './schema.ts';
import { compiledOf } from './sum.ts';

export function aggregateData(input: Aggregate) {
  const { members, sum, blanks } = compiledOf(input);
  return {
    name: input.name,
    ...(input.nameEn === undefined ? {} : { nameEn: input.nameEn }),
    year: input.year,
    formatVersion: sum.formatVersion,
    publishedOn: sum.publishedOn,
    members,
    proactive: sum.proactive,
    requests: sum.requests,
    review: sum.review,
    blankCells: blanks.map((b) => ({ path: jsonPath(b.path), members: b.members })),
  };
}
