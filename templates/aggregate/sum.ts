/**
 * The arithmetic of the aggregate: which members count, each member's row of headline
 * figures, and the tables of sections 二, 三 and 四 summed cell by cell. A cell that any
 * counted member left blank is not summed as 0: it stays blank (null), and the members
 * that left it blank are recorded. Amounts are summed in cents, so 0.1 + 0.2 is 0.3.
 */
import type { Finding } from '../../src/findings.ts';
import type { PathSegment } from '../../src/json-path.ts';
import { checkReport } from '../annual-report/checks.ts';
import type { AnnualReport, RequestRow } from '../annual-report/schema.ts';
import type { Aggregate } from './schema.ts';

export type MemberRow = {
  readonly index: number;
  readonly agency: string;
  readonly agencyEn?: string;
  readonly id?: string;
  readonly link?: string;
  readonly checksPass: boolean;
  readonly errors: number;
  readonly included: boolean;
  readonly newlyReceived: number | null;
  readonly concluded: number | null;
  readonly carriedToNextYear: number | null;
  readonly reconsideration: number | null;
  readonly litigation: number | null;
};

export type BlankCell = { readonly path: readonly PathSegment[]; readonly members: readonly string[] };

export type Compiled = {
  readonly members: readonly MemberRow[];
  /** The sums as an annual report of the compiling body, for the official tables and their checks. */
  readonly sum: AnnualReport;
  readonly blanks: readonly BlankCell[];
};

const addNullable = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((sum, v) => sum + (v ?? 0), 0);

function memberRow(member: Aggregate['members'][number], index: number, findings: readonly Finding[], allow: boolean): MemberRow {
  const { report } = member;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const review = report.review;
  return {
    index,
    agency: report.agency.name,
    ...(report.agency.nameEn === undefined ? {} : { agencyEn: report.agency.nameEn }),
    ...(member.id === undefined ? {} : { id: member.id }),
    ...(member.link === undefined ? {} : { link: member.link }),
    checksPass: errors === 0,
    errors,
    included: errors === 0 || allow,
    newlyReceived: report.requests.newlyReceived.total,
    concluded: report.requests.outcomes.total.total,
    carriedToNextYear: report.requests.carriedToNextYear.total,
    reconsideration: review.reconsideration.total,
    litigation: addNullable([review.litigationDirect.total, review.litigationAfterReconsideration.total]),
  };
}

/** （六）其他处理 as one row: the three rows of the 2021 split added column by column. */
function oneRow(other: RequestRow | Record<string, RequestRow>): RequestRow {
  if ('naturalPersons' in other) return other as RequestRow;
  const rows = Object.values(other as Record<string, RequestRow>);
  const first = rows[0] as RequestRow;
  return Object.fromEntries(Object.keys(first).map((column) =>
    [column, addNullable(rows.map((row) => row[column as keyof RequestRow]))])) as RequestRow;
}

/** Members that print （六） in different shapes are summed in the one-row shape. */
function requestsOf(reports: readonly AnnualReport[]): AnnualReport['requests'][] {
  const shapes = new Set(reports.map((r) => 'naturalPersons' in r.requests.outcomes.otherHandling));
  if (shapes.size < 2) return reports.map((r) => r.requests);
  return reports.map((r) => ({ ...r.requests, outcomes: { ...r.requests.outcomes, otherHandling: oneRow(r.requests.outcomes.otherHandling) } }));
}

/** Sums the trees leaf by leaf in the shape of `shape`; a leaf blank in any tree is blank. */
function sumTrees(shape: unknown, trees: readonly unknown[], names: readonly string[], at: PathSegment[], blanks: BlankCell[]): unknown {
  if (shape === null || typeof shape === 'number') {
    let cents = 0;
    const blankBy: string[] = [];
    trees.forEach((value, i) => {
      if (typeof value === 'number') cents += Math.round(value * 100);
      else blankBy.push(names[i] as string);
    });
    if (blankBy.length === 0) return cents / 100;
    blanks.push({ path: [...at], members: blankBy });
    return null;
  }
  const keys = Object.keys(shape as Record<string, unknown>);
  return Object.fromEntries(keys.map((key) => {
    at.push(key);
    const sum = sumTrees((shape as Record<string, unknown>)[key], trees.map((t) => (t as Record<string, unknown>)[key]), names, at, blanks);
    at.pop();
    return [key, sum];
  }));
}

const empty = { intro: [], proactive: [], onRequest: [], management: [], platforms: [], oversight: [] };

export function compile(input: Aggregate): Compiled {
  const members = input.members.map((m, i) => memberRow(m, i, checkReport(m.report), input.allowCheckFailures));
  const counted = input.members.filter((_, i) => members[i]?.included);
  const reports = counted.map((m) => m.report);
  const first = (input.members[0] as Aggregate['members'][number]).report;
  const names = reports.map((r) => r.agency.name);
  const blanks: BlankCell[] = [];
  const requests = requestsOf([first, ...reports]);
  const tables = {
    proactive: sumTrees(first.proactive, reports.map((r) => r.proactive), names, ['proactive'], blanks),
    requests: sumTrees(requests[0], requests.slice(1), names, ['requests'], blanks),
    review: sumTrees(first.review, reports.map((r) => r.review), names, ['review'], blanks),
  };
  const publishedOn = input.publishedOn ?? [...input.members.map((m) => m.report.publishedOn)].sort().at(-1) ?? `${input.year + 1}-01-31`;
  const sum = {
    formatVersion: first.formatVersion,
    agency: { name: input.name, ...(input.nameEn === undefined ? {} : { nameEn: input.nameEn }) },
    year: input.year,
    publishedOn,
    preamble: [],
    overview: empty,
    problems: [],
    otherMatters: [],
    ...tables,
  } as AnnualReport;
  return { members, sum, blanks };
}

const compiled = new WeakMap<Aggregate, Compiled>();

/** `compile`, once per input object: the checks, the builder and the facts all ask for it. */
export function compiledOf(input: Aggregate): Compiled {
  const known = compiled.get(input);
  if (known) return known;
  const fresh = compile(input);
  compiled.set(input, fresh);
  return fresh;
}
