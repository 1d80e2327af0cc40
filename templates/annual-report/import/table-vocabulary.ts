/** Every label a table of sections 二, 三 and 四 prints, with the section headings: what a flattened run is cut at. */
import {
  cannotProvideRows,
  categoryColumn,
  legalPersonsHeading,
  litigationHeading,
  notDisclosedRows,
  notProcessedRows,
  otherHandlingRows,
  proactiveColumns,
  proactiveRows,
  proactiveTables,
  requestColumns,
  requestCornerNote,
  requesterHeading,
  requestRows,
  reviewColumns,
  reviewGroups,
  sections,
  type Label,
} from '../labels.ts';

const all = (...groups: Record<string, Label>[]): string[] => groups.flatMap((g) => Object.values(g).map((l) => l.zh));

export const tableVocabulary: readonly string[] = [
  ...all(sections, proactiveTables, proactiveColumns, proactiveRows, requestColumns, requestRows),
  ...all(notDisclosedRows, cannotProvideRows, notProcessedRows, otherHandlingRows, reviewGroups, reviewColumns),
  ...[categoryColumn, requesterHeading, legalPersonsHeading, litigationHeading, requestCornerNote].map((l) => l.zh),
];
