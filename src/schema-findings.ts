/**
 * zod issues as findings: rule `schema`, the JSON path of the offending value, and a
 * message in Chinese and English. Every issue is reported, not just the first.
 */
import { z } from 'zod';
import type { Finding } from './findings.ts';
import { jsonPath } from './json-path.ts';

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type Issue = z.core.$ZodIssue & { readonly input?: unknown };
type Message = { readonly zh: string; readonly en: string };

function text(message: ReturnType<typeof zh>): string | undefined {
  return typeof message === 'string' ? message : message?.message;
}

/** Our own refinements carry both languages as 「English / 中文」. */
function customMessage(issue: Issue): Message {
  const [english, chinese] = issue.message.split(' / ');
  return { en: english ?? issue.message, zh: chinese ?? issue.message };
}

function messageOf(issue: Issue): Message {
  if (issue.code === 'custom') return customMessage(issue);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && 'options' in issue) {
    const options = (issue.options as unknown[]).map((o) => JSON.stringify(o)).join(' | ');
    return {
      zh: `无效的 ${String(issue.discriminator)}：应为 ${options} 之一`,
      en: `Invalid ${String(issue.discriminator)}: expected one of ${options}`,
    };
  }
  const raw = issue as Parameters<typeof zh>[0];
  return { zh: text(zh(raw)) ?? issue.message, en: text(en(raw)) ?? issue.message };
}

/** Key names are the sender's text and unbounded: echo only a short, escaped prefix. */
const clip = (key: string) => (key.length > 64 ? `${key.slice(0, 64)}…` : key);

/** A union that matched no option: report the issues of the closest option. */
function closestOption(issue: Issue): Issue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return undefined;
  const [closest] = [...issue.errors].sort((a, b) => a.length - b.length);
  return closest?.map((nested) => ({ ...nested, path: [...issue.path, ...nested.path] }));
}

function findingsOf(issue: Issue): Finding[] {
  const nested = closestOption(issue);
  if (nested) return nested.flatMap(findingsOf);
  // One finding per unknown key, so each names its own path.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const shown = clip(key);
      return {
        rule: 'schema',
        severity: 'error',
        path: jsonPath([...issue.path, shown]),
        message: { zh: `未知字段 ${JSON.stringify(shown)}，不能出现在这里`, en: `Unknown field ${JSON.stringify(shown)}: not allowed here` },
      };
    });
  }
  return [{ rule: 'schema', severity: 'error', path: jsonPath(issue.path), message: messageOf(issue) }];
}

/** Enough to fix any real document; a hostile one with a million bad keys gets a count, not a million lines. */
export const maxSchemaFindings = 500;

export function schemaFindings(issues: readonly Issue[]): Finding[] {
  const all = issues.flatMap(findingsOf);
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
