/**
 * Which format version a page follows, from the tables it prints: the 2019 format has
 * the （九）项 table and 本年新制作数量; the 2021 format has 本年制发件数. With no such
 * table on the page, the report year decides (2019 format for 2019 and 2020).
 */
import type { Finding } from '../../../src/findings.ts';
import type { Line } from '../../../src/import/lines.ts';
import { labelKey } from '../../../src/import/normalize.ts';
import { proactiveColumns as col, proactiveTables, type Label } from '../labels.ts';
import type { FormatVersion } from '../schema.ts';
import { otherFinding } from './import-findings.ts';

export type Detection = {
  readonly formatVersion: FormatVersion;
  /** What decided: the tables on the page, the report year, or the caller's option. */
  readonly basis: 'tables' | 'year' | 'option';
  /** The labels found that mark a version. */
  readonly evidence: readonly string[];
};

const markers: Record<FormatVersion, readonly Label[]> = {
  '2019': [proactiveTables.item9, col.newlyProduced, col.newlyDisclosed, col.totalDisclosed, col.procurementProjects],
  '2021': [col.issued, col.repealed, col.inForce, col.feeAmount],
};

/**
 * The markers are looked for in the keys of the whole page run together, so a header
 * label broken over lines or over copied rows (「本年新」…「制作数量」) is still found.
 */
export function detectVersion(lines: readonly Line[], year: number, requested: FormatVersion | 'auto', findings: Finding[]): Detection {
  const page = lines.flatMap((line) => line.keys).join('');
  const found = (version: FormatVersion) => markers[version].filter((l) => page.includes(labelKey(l.zh))).map((l) => l.zh);
  const evidence = { '2019': found('2019'), '2021': found('2021') };
  const byYear: FormatVersion = year >= 2021 ? '2021' : '2019';
  const fromTables: FormatVersion | undefined =
    evidence['2019'].length > evidence['2021'].length ? '2019' : evidence['2021'].length > evidence['2019'].length ? '2021' : undefined;
  if (requested !== 'auto') {
    if (fromTables && fromTables !== requested) findings.push(mismatch(requested, fromTables));
    return { formatVersion: requested, basis: 'option', evidence: fromTables ? evidence[fromTables] : [] };
  }
  if (fromTables) return { formatVersion: fromTables, basis: 'tables', evidence: evidence[fromTables] };
  return { formatVersion: byYear, basis: 'year', evidence: [] };
}

const mismatch = (requested: FormatVersion, detected: FormatVersion): Finding =>
  otherFinding('import.version-mismatch', ['formatVersion'],
    `按要求以 ${requested} 版格式导入，但页面表格属于 ${detected} 版格式。`,
    `Imported as the ${requested} format as requested, but the page's tables follow the ${detected} format.`);
