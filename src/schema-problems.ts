/**
 * What is wrong with one value, in words, from a zod issue: what was expected and what was
 * found (「应为整数，实为 1.5」 / "must be a whole number; found 1.5"). The predicate of a
 * sentence whose subject — the field's label — the caller supplies; shared by the input's,
 * the configuration's and the query parameters' messages. Our own refinements and patterns
 * carry their words as 「English / 中文」 in their message.
 */
import type { z } from 'zod';

export type Problem = { readonly zh: string; readonly en: string };
type Issue = z.core.$ZodIssue & { readonly input?: unknown };

const kinds: Record<string, Problem> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  object: { zh: '对象（{…}）', en: 'an object ({…})' },
  array: { zh: '数组（[…]）', en: 'an array ([…])' },
  null: { zh: 'null', en: 'null' },
};

const formats: Record<string, Problem> = {
  email: { zh: '电子邮箱地址', en: 'an e-mail address' },
  url: { zh: 'http(s) 网址', en: 'an http(s) URL' },
  date: { zh: 'ISO 日期（YYYY-MM-DD）', en: 'an ISO date (YYYY-MM-DD)' },
  datetime: { zh: 'ISO 日期时间', en: 'an ISO date-time' },
};

/** Sender's text is unbounded: a short, quoted prefix. */
const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The value found, as the sentence names it. */
export function foundValue(input: unknown): Problem {
  if (input === null) return { zh: 'null', en: 'null' };
  if (typeof input === 'string') return { zh: `文本 ${quoted(input)}`, en: `the text ${quoted(input)}` };
  if (typeof input === 'number') return { zh: `数字 ${input}`, en: `the number ${input}` };
  if (typeof input === 'boolean') return { zh: String(input), en: String(input) };
  if (Array.isArray(input)) return { zh: `含 ${input.length} 项的数组`, en: `an array of ${input.length} items` };
  return { zh: '对象', en: 'an object' };
}

const ours = (message: string): Problem | undefined => {
  const [en, zh] = message.split(' / ');
  return en !== undefined && zh !== undefined ? { en, zh } : undefined;
};

/** 「"a"、"b" 或 "c"」 / `one of "a", "b", "c"`. */
const listOf = (values: readonly unknown[]): Problem => {
  const shown = values.map((v) => JSON.stringify(v));
  const last = shown.at(-1) ?? '';
  const zh = shown.length <= 1 ? last : `${shown.slice(0, -1).join('、')} 或 ${last}`;
  return { zh, en: shown.length <= 2 ? shown.join(' or ') : `one of ${shown.join(', ')}` };
};

/** Chinese runs into Chinese, but a space sets off Latin letters, digits and quotes. */
export const zhJoin = (before: string, after: string) =>
  /[\x21-\x7e]$/.test(before) || /^[\x21-\x7e]/.test(after) ? `${before} ${after}` : `${before}${after}`;

const mustBe = (expected: Problem, input: unknown): Problem => {
  const found = foundValue(input);
  return { zh: `${zhJoin('应为', expected.zh)}，${zhJoin('实为', found.zh)}`, en: `must be ${expected.en}; found ${found.en}` };
};

type Bound = { readonly origin: string; readonly limit: number | bigint; readonly inclusive?: boolean; readonly input: unknown };

function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

function bound(direction: 'min' | 'max', { origin, limit, inclusive, input }: Bound): Problem {
  const n = String(limit);
  const size = sizeOf(input);
  if (origin === 'string' && direction === 'min' && Number(limit) <= 1) return { zh: '不能为空', en: 'must not be empty' };
  if (origin === 'string' || origin === 'array') {
    const [zhUnit, enUnit] = origin === 'string' ? ['个字符', 'characters'] : ['项', 'items'];
    const found = size === undefined ? { zh: '', en: '' } : { zh: `，实有 ${size} ${zhUnit}`, en: `; found ${size}` };
    return direction === 'min'
      ? { zh: `至少应有 ${n} ${zhUnit}${found.zh}`, en: `must have at least ${n} ${enUnit}${found.en}` }
      : { zh: `最多 ${n} ${zhUnit}${found.zh}`, en: `must have at most ${n} ${enUnit}${found.en}` };
  }
  const found = foundValue(input);
  const [zhWord, enWord] = direction === 'min'
    ? (inclusive === false ? ['大于', 'greater than'] : ['不小于', 'at least'])
    : (inclusive === false ? ['小于', 'less than'] : ['不大于', 'at most']);
  return { zh: `应${zhWord} ${n}，${zhJoin('实为', found.zh)}`, en: `must be ${enWord} ${n}; found ${found.en}` };
}

export function describeProblem(issue: Issue): Problem {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { zh: '缺失', en: 'is missing' };
      return mustBe(kinds[issue.expected] ?? { zh: issue.expected, en: issue.expected }, input);
    case 'too_small':
      return bound('min', { origin: issue.origin, limit: issue.minimum, inclusive: issue.inclusive, input });
    case 'too_big':
      return bound('max', { origin: issue.origin, limit: issue.maximum, inclusive: issue.inclusive, input });
    case 'invalid_format': {
      const expected = ours(issue.message) ?? formats[issue.format] ?? { zh: '规定的格式', en: 'in the required format' };
      return mustBe(expected, input);
    }
    case 'invalid_value':
      return mustBe(listOf(issue.values), input);
    case 'invalid_union': {
      if ('discriminator' in issue && 'options' in issue) {
        const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.discriminator)] : undefined;
        if (value === undefined) return { zh: '缺失', en: 'is missing' };
        return mustBe(listOf(issue.options as unknown[]), value);
      }
      return { zh: '不符合任何一种允许的形式', en: 'matches none of the allowed shapes' };
    }
    case 'not_multiple_of':
      return mustBe({ zh: `${String(issue.divisor)} 的倍数`, en: `a multiple of ${String(issue.divisor)}` }, input);
    case 'custom': {
      const words = ours(issue.message);
      return words === undefined ? { zh: '不符合要求', en: 'is not allowed' } : { zh: `：${words.zh}`, en: `: ${words.en}` };
    }
    default:
      return { zh: '不符合要求', en: 'is not allowed' };
  }
}
