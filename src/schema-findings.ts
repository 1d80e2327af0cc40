/**
 * Schema violations as findings: rule `schema`, the JSON path of the offending value, and a
 * message in words a person reads — the field's own label (from the template), what was
 * expected and what was found: 「机关名称（agency.name）缺失」 / "agency.name (agency name) is
 * missing". Every issue is reported, not just the first; the validator's own wording never
 * reaches the reader.
 */
import type { z } from 'zod';
import type { Finding } from './findings.ts';
import { jsonPath } from './json-path.ts';
import { describeProblem, type Problem } from './schema-problems.ts';
import type { FieldLabel } from './template.ts';

type Issue = z.core.$ZodIssue & { readonly input?: unknown };
export type FieldLabeller = (path: readonly PropertyKey[]) => FieldLabel | undefined;

/** Key names are the sender's text and unbounded: echo only a short prefix. */
const clip = (key: string) => (key.length > 64 ? `${key.slice(0, 64)}…` : key);

/** `agency.name`, `preamble[0].zh`; `$` for the whole document. */
const shownPath = (path: readonly PropertyKey[]) => (path.length === 0 ? '$' : jsonPath(path).replace(/^\$\.?/, ''));

/** 「标签（路径）问题」 / "path (label) problem"; a label the same as its path is said once. */
function sentence(path: readonly PropertyKey[], problem: Problem, labelOf: FieldLabeller): Finding['message'] {
  const where = shownPath(path);
  const label = labelOf(path);
  const gap = problem.en.startsWith(':') ? '' : ' ';
  if (label === undefined) return { zh: `${where}${spaced(where, problem.zh)}`, en: `${where}${gap}${problem.en}` };
  if (path.length === 0) return { zh: `${label.zh}${problem.zh}`, en: `${capitalised(label.en)}${gap}${problem.en}` };
  const enSubject = label.en === where ? where : `${where} (${label.en})`;
  return { zh: `${label.zh}（${where}）${problem.zh}`, en: `${enSubject}${gap}${problem.en}` };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Latin text after a path needs a space; Chinese after Latin takes one too. */
const spaced = (before: string, after: string) => (/^[：:]/.test(after) || before === '' ? after : ` ${after}`);

/** A union that matched no option: report the issues of the closest option. */
function closestOption(issue: Issue): Issue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return undefined;
  const [closest] = [...issue.errors].sort((a, b) => a.length - b.length);
  return closest?.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] }));
}

function findingsOf(issue: Issue, labelOf: FieldLabeller): Finding[] {
  const nested = closestOption(issue);
  if (nested) return nested.flatMap((inner) => findingsOf(inner, labelOf));
  const finding = (path: readonly PropertyKey[], message: Finding['message']): Finding =>
    ({ rule: 'schema', severity: 'error', path: jsonPath(path), message });
  // One finding per unknown key, so each names its own path.
  if (issue.code === 'unrecognized_keys') {
    const owner = labelOf(issue.path);
    const where = issue.path.length === 0 ? { zh: owner?.zh ?? '', en: capitalised(owner?.en ?? 'the document') }
      : { zh: owner === undefined ? shownPath(issue.path) : `${owner.zh}（${shownPath(issue.path)}）`, en: shownPath(issue.path) };
    return issue.keys.map((key) => {
      const shown = JSON.stringify(clip(key));
      return finding([...issue.path, clip(key)], { zh: `${where.zh}中没有字段 ${shown}`, en: `${where.en} has no field ${shown}` });
    });
  }
  return [finding(issue.path, sentence(issue.path, describeProblem(issue), labelOf))];
}

/** Enough to fix any real document; a hostile one with a million bad keys gets a count, not a million lines. */
export const maxSchemaFindings = 500;

export function schemaFindings(issues: readonly Issue[], labelOf: FieldLabeller = () => undefined): Finding[] {
  const all = issues.flatMap((issue) => findingsOf(issue, labelOf));
  if (all.length <= maxSchemaFindings) return all;
  const more = all.length - maxSchemaFindings;
  return [
    ...all.slice(0, maxSchemaFindings),
    {
      rule: 'schema',
      severity: 'error',
      path: '$',
      message: { zh: `另有 ${more} 处不符合格式的问题未列出。`, en: `${more} more schema violations are not listed.` },
    },
  ];
}
